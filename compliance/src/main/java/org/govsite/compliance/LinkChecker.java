package org.govsite.compliance;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.govsite.core.GovSiteException;

/** Checks every link and image of the crawled pages once, reusing what the crawl already knows. */
final class LinkChecker {
  private final Fetcher fetcher;
  private final AuditOptions options;

  /** Creates a checker over a fetcher. */
  public LinkChecker(Fetcher fetcher, AuditOptions options) {
    this.fetcher = fetcher;
    this.options = options;
  }

  /** Returns the dead links of the pages, each with the first page it was found on. */
  public List<DeadLink> check(List<Crawler.Page> pages) {
    Map<String, Crawler.Page> known = new HashMap<>();
    for (Crawler.Page p : pages) {
      known.put(p.url(), p);
    }
    Map<String, String> foundOn = new LinkedHashMap<>();
    for (Crawler.Page p : pages) {
      for (String l : p.links()) {
        foundOn.putIfAbsent(l, p.url());
      }
    }
    List<DeadLink> dead = new ArrayList<>();
    Map<String, String> toCheck = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : foundOn.entrySet()) {
      Crawler.Page p = known.get(e.getKey());
      if (p != null) {
        if (p.status() >= 400 || (p.status() == 0 && !p.error().startsWith("refused"))) {
          dead.add(new DeadLink(e.getKey(), p.status(), p.error(), e.getValue()));
        }
        continue;
      }
      URI u = URI.create(e.getKey());
      boolean same = fetcher.sameHost(u);
      if ((same && fetcher.allowed(u)) || (!same && options.checkExternalLinks())) {
        toCheck.put(e.getKey(), e.getValue());
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
      Thread t = new Thread(r, "govsite-links");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<DeadLink>> futures = new ArrayList<>();
      for (Map.Entry<String, String> e : toCheck.entrySet()) {
        futures.add(pool.submit(() -> {
          URI u = URI.create(e.getKey());
          Fetcher.Response r = fetcher.check(u, !fetcher.sameHost(u));
          options.progress().onProgress("links", done.incrementAndGet(), toCheck.size(), e.getKey());
          // A link we chose not to follow (robots.txt, another host) is not known to be dead, as for crawled pages.
          boolean gone = r.status() >= 400 || (r.status() == 0 && !r.error().startsWith("refused"));
          return gone ? new DeadLink(e.getKey(), r.status(), r.error(), e.getValue()) : null;
        }));
      }
      for (Future<DeadLink> f : futures) {
        DeadLink d = f.get();
        if (d != null) {
          dead.add(d);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GovSiteException(AuditErrorCode.AUDIT_INTERRUPTED, "链接检查被中断 / the link check was interrupted");
    } catch (ExecutionException e) {
      // A task's own GovSite failure keeps its category (bad input stays bad input).
      if (e.getCause() instanceof GovSiteException g) {
        throw g;
      }
      throw new GovSiteException(AuditErrorCode.AUDIT_FAILED, "链接检查失败 / the link check failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return dead;
  }
}
