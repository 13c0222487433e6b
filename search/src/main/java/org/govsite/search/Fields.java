package org.govsite.search;

/** Index field names. */
final class Fields {
  static final String ID = "id";
  static final String KIND = "kind";
  static final String TITLE = "title";
  static final String TITLE_BIGRAM = "title_bg";
  static final String BODY_BIGRAM = "body_bg";
  /** Every Han character of the body once, with its count ({@link HanCharacterCounts}). */
  static final String BODY_CHARS = "body_ch";
  static final String TITLE_WORDS = "title_w";
  static final String BODY_WORDS = "body_w";
  static final String PINYIN = "pinyin";
  static final String DOCNUM = "docnum";
  static final String DOCNUM_STORED = "docnum_s";
  static final String URL = "url";
  static final String DATE = "date";
  static final String EXTRA = "extra";
  static final String COLUMN = "column";
  static final String ORGAN = "organ";
  static final String TOPIC = "topic";
  static final String YEAR = "year";
  static final String SITE = "site";

  /** A facet's field: a StringField for filters and a facet dimension of the same name. */
  static String of(Facet facet) {
    return facet.code();
  }

  private Fields() {}
}
