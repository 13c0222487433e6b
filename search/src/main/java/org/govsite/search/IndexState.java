package org.govsite.search;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The state of an index folder (索引状态) compared with the data it is derived from, as found by
 * {@link SiteSearch#inspect}: only {@link #CURRENT} may be used as it is; every other state is
 * repaired by {@link SiteSearch#rebuildFolder} from the database, which is the truth.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum IndexState {
  /** A readable index built from the same data ({@link SiteSearch#fingerprint}) and analysis. */
  CURRENT,
  /** No folder, or a folder with no index in it. */
  MISSING,
  /** Another process (or another index in this one) holds the index's write lock. */
  LOCKED,
  /** The index cannot be read, or a file fails its checksum. */
  CORRUPT,
  /** A readable index built from other data, by an older analysis, or changed since its last rebuild. */
  STALE;

  /** Returns whether the index must be rebuilt before it is used. */
  public boolean needsRebuild() {
    return this != CURRENT;
  }
}
