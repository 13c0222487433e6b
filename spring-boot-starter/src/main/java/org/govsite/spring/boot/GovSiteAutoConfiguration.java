package org.govsite.spring.boot;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apiguardian.api.API;
import org.govsite.core.calendar.WorkingDayCalendar;
import org.govsite.core.screening.Dictionary;
import org.govsite.core.screening.PersonalDataKind;
import org.govsite.core.screening.Screener;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The working-day calendar (工作日日历) and the screener (内容检查): the two beans every other
 * GovSite bean builds on. Declare a bean of either type to replace it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@AutoConfiguration
@ConditionalOnClass(WorkingDayCalendar.class)
@EnableConfigurationProperties(GovSiteProperties.class)
public class GovSiteAutoConfiguration {
  /** Creates the configuration (Spring calls this). */
  public GovSiteAutoConfiguration() {}

  /** The official calendar, with {@code govsite.calendar.files} added. */
  @Bean
  @ConditionalOnMissingBean
  public WorkingDayCalendar govSiteCalendar(GovSiteProperties properties) {
    List<Path> files = properties.getCalendar().getFiles();
    if (files.isEmpty()) {
      return WorkingDayCalendar.official();
    }
    return Settings.build("govsite.calendar.files", files, () -> {
      WorkingDayCalendar.Builder b = WorkingDayCalendar.builder();
      files.forEach(b::addFile);
      return b.build();
    });
  }

  /** The screener: the bundled dictionary, extra dictionaries and allow-lists, and the switches of {@code govsite.screening.*}. */
  @Bean
  @ConditionalOnMissingBean
  public Screener govSiteScreener(GovSiteProperties properties) {
    GovSiteProperties.Screening s = properties.getScreening();
    Dictionary dictionary = s.isBundledDictionary() ? Dictionary.defaults() : Dictionary.empty();
    for (Path p : s.getDictionaries()) {
      dictionary = dictionary.plus(Settings.build("govsite.screening.dictionaries", p, () -> Dictionary.load(p)));
    }
    for (Path p : s.getAllowLists()) {
      dictionary = dictionary.plus(Settings.build("govsite.screening.allow-lists", p, () -> Dictionary.loadAllowList(p)));
    }
    return Screener.builder()
        .dictionary(dictionary)
        .normalize(s.isNormalize())
        .personalData(s.isPersonalData() ? EnumSet.allOf(PersonalDataKind.class) : EnumSet.noneOf(PersonalDataKind.class))
        .build();
  }
}
