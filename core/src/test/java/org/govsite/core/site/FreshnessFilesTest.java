package org.govsite.core.site;

import org.govsite.core.DataFormatException;
import org.govsite.core.InvalidInputException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The site file and policy file formats of docs/freshness.md. */
class FreshnessFilesTest {
  static final String SITE = """
      {"site": {"name": "某县人民政府", "id": "4300000077", "homePage": "https://www.example.gov.cn/"},
       "homepage": {"lastUpdated": "2026-11-20"},
       "columns": [
         {"id": "c1", "name": "工作动态", "kind": "news", "level": 1, "parent": null,
          "items": [{"title": "一", "published": "2026-11-01"}, {"title": "二", "published": "2026-11-07T18:30"}]},
         {"id": "c2", "name": "乡镇动态", "kind": "news", "parent": "c1",
          "items": [{"title": "三", "published": "2026-10-01 08:00:00", "url": "https://x/3", "withdrawn": "2026-11-10"}]},
         {"id": "c3", "name": "机构概况", "kind": "static", "policy": {"mayBeBlank": true}}
       ]}
      """;

  static Site load(FreshnessTracker t, String json) {
    return t.addSiteJson("site.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  /** A level may be left out when a parent is given, at any depth and whatever the order of the columns. */
  @Test
  void missingLevelsFollowTheParentChain() {
    Site s = load(FreshnessTracker.create(), """
        {"site": {"name": "x", "id": "4300000077"}, "columns": [
          {"id": "c3", "name": "三级", "kind": "news", "parent": "c2"},
          {"id": "c2", "name": "二级", "kind": "news", "parent": "c1"},
          {"id": "c1", "name": "一级", "kind": "news"},
          {"id": "d2", "name": "二级", "kind": "news", "parent": "d1"},
          {"id": "d1", "name": "一级", "kind": "news", "level": 1}]}
        """);
    assertEquals(1, s.column("c1").orElseThrow().level());
    assertEquals(2, s.column("c2").orElseThrow().level());
    assertEquals(3, s.column("c3").orElseThrow().level());
    assertEquals(2, s.column("d2").orElseThrow().level());
    DataFormatException cycle = assertThrows(DataFormatException.class, () -> load(FreshnessTracker.create(), """
        {"site": {"name": "x", "id": "4300000077"}, "columns": [
          {"id": "a", "name": "a", "kind": "news", "parent": "b"},
          {"id": "b", "name": "b", "kind": "news", "parent": "a"}]}
        """));
    assertEquals("columns[0].level", cycle.field());
  }

  @Test
  void readsTheSiteFile() {
    FreshnessTracker t = FreshnessTracker.create();
    Site s = load(t, SITE);
    assertEquals("4300000077", s.code().value());
    assertEquals(Optional.of("https://www.example.gov.cn/"), s.homePage());
    assertEquals(2, s.column("c2").orElseThrow().level());
    SiteFreshnessVerdict v = t.evaluate(s.code(), LocalDateTime.of(2026, 11, 20, 23, 59, 59), FreshnessPolicy.national());
    assertEquals(FreshnessStatus.DUE_SOON, FreshnessFixtures.column(v, "c1").status());
    assertEquals(Optional.of(LocalDateTime.of(2026, 11, 20, 23, 59, 59)), v.homePage().lastUpdated());
    assertEquals(Optional.of(LocalDateTime.of(2026, 11, 7, 18, 30)), FreshnessFixtures.column(v, "c1").lastPublished());
    assertEquals(FreshnessStatus.BLANK, FreshnessFixtures.column(v, "c2").status());
    assertEquals(FreshnessStatus.EXEMPT, FreshnessFixtures.column(v, "c3").status());
    assertEquals(FreshnessStatus.FRESH, v.homePage().status());
    assertTrue(v.passed());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"site\": {\"name\": \"x\", \"id\": \"43\"}, \"columns\": []}|site.id",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}}|columns",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"blog\"}]}|columns[0].kind",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"news\", \"items\": [{\"title\": \"t\", \"published\": \"2026-13-01\"}]}]}|columns[0].items[0].published",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"news\", \"items\": [{\"published\": \"2026-11-01\"}]}]}|columns[0].items[0].title",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"news\", \"parent\": \"zz\"}]}|columns[0].parent",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"news\", \"policy\": {\"within\": \"3x\"}}]}|columns[0].policy.within",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"news\", \"colour\": 1}]}|columns[0].colour",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"homepage\": {\"lastUpdated\": 5}, \"columns\": []}|homepage.lastUpdated",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"news\", \"items\": [{\"title\": \"t\", \"published\": \"2026-11-01\", \"url\": \"u\", \"withdrawn\": \"2026-11-05\"}, {\"title\": \"t\", \"published\": \"2026-11-01\", \"url\": \"u\", \"withdrawn\": \"2026-11-06\"}]}]}|columns[0].items[1].withdrawn",
      "{\"site\": {\"name\": \"x\", \"id\": \"4300000077\"}, \"columns\": [{\"id\": \"a\", \"name\": \"a\", \"kind\": \"news\", \"items\": [{\"title\": \"t\", \"published\": \"2026-11-01\", \"url\": \"u\", \"withdrawn\": \"2026-11-02\"}, {\"title\": \"t\", \"published\": \"2026-11-05\", \"url\": \"u\"}]}]}|columns[0].items[0].withdrawn",
  })
  void badSiteFilesNameTheField(String json, String field) {
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(FreshnessTracker.create(), json));
    assertEquals(field, e.field());
    assertEquals("site.json", e.source());
    assertTrue(e.getMessage().startsWith("site.json field " + field), e.getMessage());
  }

  @Test
  void malformedJsonNamesTheLine() {
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(FreshnessTracker.create(), "{\n\"site\": ,\n}"));
    assertEquals(OptionalInt.of(2), e.line());
  }

  @Test
  void aSiteTwiceIsRejected() {
    FreshnessTracker t = FreshnessTracker.create();
    load(t, SITE);
    assertEquals("site.id", assertThrows(DataFormatException.class, () -> load(t, SITE)).field());
  }

  @Test
  void policyFileOverridesItsBase() {
    String json = """
        {"name": "某市", "source": "某市政府网站管理办法", "extends": "national", "homePage": "5wd", "warningDays": 1,
         "kinds": {"news": {"within": "7d"}, "interpretation": {"within": "3m", "veto": "SHOULD_UPDATE_NOT_UPDATED"},
                   "static": {"mayBeBlank": true}},
         "thresholds": {"BLANK_COLUMNS": 2, "SHOULD_UPDATE_NOT_UPDATED": null}}
        """;
    FreshnessPolicy p = FreshnessPolicy.fromJson("policy.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertEquals("某市", p.name());
    assertEquals(Optional.of(FreshnessLimit.workingDays(5)), p.homePageLimit());
    assertEquals(Duration.ofDays(1), p.warningWindow());
    assertEquals(Optional.of(FreshnessLimit.days(7)), p.rule(ColumnKind.NEWS).limit());
    assertEquals(FreshnessVetoCode.COLUMNS_NOT_UPDATED, p.rule(ColumnKind.NEWS).staleVeto());
    assertEquals(Optional.of(FreshnessLimit.months(3)), p.rule(ColumnKind.INTERPRETATION).limit());
    assertTrue(p.rule(ColumnKind.STATIC).mayBeBlank());
    assertEquals(1, p.rule(ColumnKind.NOTICE).maxLevel());
    assertEquals(OptionalInt.of(2), p.threshold(FreshnessVetoCode.BLANK_COLUMNS));
    assertEquals(OptionalInt.empty(), p.threshold(FreshnessVetoCode.SHOULD_UPDATE_NOT_UPDATED));
    assertEquals(OptionalInt.of(5), p.threshold(FreshnessVetoCode.COLUMNS_NOT_UPDATED));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"name\": \"x\", \"extends\": \"county\"}|extends",
      "{\"extends\": \"national\"}|name",
      "{\"name\": \"x\", \"kinds\": {\"blog\": {}}}|kinds.blog",
      "{\"name\": \"x\", \"kinds\": {\"news\": {\"veto\": \"BLANK_COLUMNS\"}}}|kinds.news.staleVeto",
      "{\"name\": \"x\", \"thresholds\": {\"BLANK_COLUMNS\": 0}}|thresholds.BLANK_COLUMNS",
      "{\"name\": \"x\", \"homePage\": \"two weeks\"}|homePage",
      "{\"name\": \"x\", \"warningDays\": -1}|warningDays",
  })
  void badPolicyFilesNameTheField(String json, String field) {
    DataFormatException e = assertThrows(DataFormatException.class,
        () -> FreshnessPolicy.fromJson("policy.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertEquals(field, e.field());
  }

  @Test
  void presetsCiteTheirSources() {
    assertTrue(FreshnessPolicy.national().source().contains("国办秘函〔2019〕19号"));
    assertTrue(FreshnessPolicy.strictLocal().source().contains("seed 002"));
    assertEquals("strict-local", FreshnessPolicy.preset("strict-local").name());
    assertEquals("policy", assertThrows(InvalidInputException.class, () -> FreshnessPolicy.preset("county")).field());
    assertFalse(FreshnessPolicy.builder().build().threshold(FreshnessVetoCode.BLANK_COLUMNS).isPresent());
  }

  @Test
  void limitsParseAndPrint() {
    for (String s : new String[] {"14d", "2w", "6m", "1y", "7wd"}) {
      assertEquals(s, FreshnessLimit.parse(s, "within").toString());
    }
    assertEquals("within", assertThrows(InvalidInputException.class, () -> FreshnessLimit.parse("0d", "within")).field());
  }
}
