package org.govsite.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of section 三: the national balance (一 + 二 = 三 + 四) and the total column. */
class AnnualReportProperties {
  @Provide
  Arbitrary<List<DisclosureRequest>> requests() {
    Arbitrary<DisclosureRequest> one = Combinators.combine(
        Arbitraries.of(ApplicantType.class),
        Arbitraries.integers().between(0, 3 * 365),
        Arbitraries.integers().between(-1, 400),
        Arbitraries.of(Outcome.class),
        Arbitraries.of(true, false)).as((a, day, answerAfter, outcome, withdraw) -> {
          LocalDate received = LocalDate.of(2024, 1, 1).plusDays(day);
          List<RequestEvent> events = new ArrayList<>();
          if (answerAfter >= 0) {
            LocalDate at = received.plusDays(answerAfter);
            events.add(withdraw ? RequestEvent.of(RequestEvent.Type.WITHDRAWN, at) : RequestEvent.answered(at, outcome));
          }
          return new DisclosureRequest("x", a, Channel.ONLINE, received, "", events);
        });
    return one.list().ofMaxSize(60).map(list -> {
      List<DisclosureRequest> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        DisclosureRequest r = list.get(i);
        out.add(new DisclosureRequest("R" + i, r.applicant(), r.channel(), r.received(), "", r.events()));
      }
      return out;
    });
  }

  @Property(tries = 200)
  void newPlusCarriedOverEqualsTotalPlusCarriedForward(@ForAll("requests") List<DisclosureRequest> rs) {
    RequestTable t = AnnualReport.builder(2025).requests(rs).build().requestTable();
    for (String c : RequestTable.columns()) {
      assertEquals(t.count("new", c) + t.count("carried-over", c), t.count("total", c) + t.count("carried-forward", c), c);
      int outcomes = 0;
      for (Outcome o : Outcome.values()) {
        outcomes += t.count(o.rowCode(), c);
      }
      assertEquals(outcomes, t.count("total", c));
    }
    for (RequestTable.Row row : RequestTable.rows()) {
      int sum = 0;
      for (ApplicantType a : ApplicantType.values()) {
        sum += t.count(row.code(), a.code());
      }
      assertEquals(sum, t.count(row.code(), "total"), row.code());
    }
  }

  @Property(tries = 100)
  void carriedForwardBecomesNextYearsCarriedOver(@ForAll("requests") List<DisclosureRequest> rs) {
    RequestTable y2025 = AnnualReport.builder(2025).requests(rs).build().requestTable();
    RequestTable y2026 = AnnualReport.builder(2026).requests(rs).build().requestTable();
    for (String c : RequestTable.columns()) {
      assertEquals(y2025.count("carried-forward", c), y2026.count("carried-over", c));
    }
  }
}
