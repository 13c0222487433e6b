package org.govsite.core.calendar;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.govsite.core.DataFormatException;

/**
 * Reads the holiday-cn JSON format ({@code year}, {@code papers}, {@code days[] {name, date,
 * isOffDay}}) with a streaming parser so every fault names its line and field.
 */
final class CalendarFileParser {
  private static final JsonFactory JSON = new JsonFactory();

  private final String source;
  private final JsonParser p;

  private CalendarFileParser(String source, JsonParser p) {
    this.source = source;
    this.p = p;
  }

  /** Parses one file; throws {@link DataFormatException} naming the line and field at fault. */
  public static CalendarFile parse(String source, InputStream in, int minYear, int maxYear) {
    try (JsonParser parser = JSON.createParser(in)) {
      return new CalendarFileParser(source, parser).readRoot(minYear, maxYear);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DataFormatException(source, line, "", "JSON 语法错误 / malformed JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DataFormatException(source, 0, "", "无法读取 / cannot be read: " + e.getMessage(), e);
    }
  }

  private CalendarFile readRoot(int minYear, int maxYear) throws IOException {
    expect(p.nextToken(), JsonToken.START_OBJECT, "", "a JSON object");
    Integer year = null;
    int yearLine = 0;
    List<String> papers = new ArrayList<>();
    List<CalendarFile.Entry> days = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "year" -> {
          yearLine = line();
          if (value != JsonToken.VALUE_NUMBER_INT) {
            throw fault("year", "应为整数年份 / must be a whole year, e.g. 2027");
          }
          year = p.getIntValue();
          if (year < minYear || year > maxYear) {
            throw fault("year", "年份超出支持范围 / year outside the supported range " + minYear + "–" + maxYear + ": " + year);
          }
        }
        case "papers" -> {
          expect(value, JsonToken.START_ARRAY, "papers", "an array of notice addresses");
          while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              throw fault("papers[" + papers.size() + "]", "应为字符串 / must be a string");
            }
            papers.add(p.getText());
          }
        }
        case "days" -> {
          expect(value, JsonToken.START_ARRAY, "days", "an array of days");
          days = readDays();
        }
        default -> p.skipChildren(); // $schema, $id, name, description: informative only
      }
    }
    if (days == null) {
      throw new DataFormatException(source, line(), "days", "缺少 days 数组 / the days array is missing");
    }
    if (year != null) {
      checkYear(year, yearLine, days);
    }
    return new CalendarFile(source, year == null ? OptionalInt.empty() : OptionalInt.of(year), List.copyOf(papers), List.copyOf(days));
  }

  private List<CalendarFile.Entry> readDays() throws IOException {
    List<CalendarFile.Entry> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String at = "days[" + days.size() + "]";
      expect(p.currentToken(), JsonToken.START_OBJECT, at, "an object {name, date, isOffDay}");
      int line = line();
      String name = null;
      LocalDate date = null;
      Boolean off = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "name" -> {
            if (value != JsonToken.VALUE_STRING) {
              throw fault(at + ".name", "应为字符串 / must be a string");
            }
            name = p.getText();
          }
          case "date" -> {
            if (value != JsonToken.VALUE_STRING) {
              throw fault(at + ".date", "应为 yyyy-mm-dd 字符串 / must be a yyyy-mm-dd string");
            }
            try {
              date = LocalDate.parse(p.getText());
              if (!InputDates.contains(date)) {
                throw fault(at + ".date", InputDates.outOfRange(p.getText()));
              }
            } catch (DateTimeParseException e) {
              throw fault(at + ".date", "不是有效日期 / not a valid yyyy-mm-dd date: '" + p.getText() + "'");
            }
          }
          case "isOffDay" -> {
            if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
              throw fault(at + ".isOffDay", "应为 true 或 false / must be true or false");
            }
            off = p.getBooleanValue();
          }
          default -> p.skipChildren();
        }
      }
      if (date == null || off == null) {
        throw new DataFormatException(source, line, at + (date == null ? ".date" : ".isOffDay"), "缺少必填字段 / required field is missing");
      }
      if (!seen.add(date)) {
        throw new DataFormatException(source, line, at + ".date", "日期重复 / date listed twice: " + date);
      }
      days.add(new CalendarFile.Entry(date, name == null ? "" : name, off, line));
    }
    return days;
  }

  private void checkYear(int year, int yearLine, List<CalendarFile.Entry> days) {
    for (int i = 0; i < days.size(); i++) {
      CalendarFile.Entry d = days.get(i);
      boolean sameYear = d.date().getYear() == year;
      // A notice may move days at the end of the previous December (e.g. 2011-12-31 in 2012's notice).
      boolean previousDecember = d.date().getYear() == year - 1 && d.date().getMonthValue() == 12;
      if (!sameYear && !previousDecember) {
        throw new DataFormatException(source, d.line(), "days[" + i + "].date",
            "日期不属于 " + year + " 年通知 / date is outside the " + year + " notice (line " + yearLine + " sets the year): " + d.date());
      }
    }
  }

  private void expect(JsonToken actual, JsonToken wanted, String field, String what) {
    if (actual != wanted) {
      throw fault(field.isEmpty() ? "(root)" : field, "格式错误 / expected " + what);
    }
  }

  private DataFormatException fault(String field, String reason) {
    return new DataFormatException(source, line(), field, reason);
  }

  private int line() {
    return p.currentLocation() == null ? 0 : p.currentLocation().getLineNr();
  }
}
