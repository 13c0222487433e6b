package org.govsite.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Computes {@link QueueStatistics} from the items in review and the whole history. */
final class Statistics {
  private Statistics() {}

  static QueueStatistics of(ReviewStages stages, List<ReviewItem> inReview, List<ReviewEvent> events, Instant at) {
    int[] waiting = new int[stages.size()];
    for (ReviewItem i : inReview) {
      if (i.approvedStages() < waiting.length) {
        waiting[i.approvedStages()]++;
      }
    }
    // Time at a stage: from the item's previous history entry (it reached the stage then) to the decision.
    Map<String, List<ReviewEvent>> byItem = new HashMap<>();
    for (ReviewEvent e : events) {
      byItem.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(e);
    }
    List<List<Duration>> times = new ArrayList<>();
    for (int s = 0; s < stages.size(); s++) {
      times.add(new ArrayList<>());
    }
    for (List<ReviewEvent> history : byItem.values()) {
      history.sort(Comparator.comparingLong(ReviewEvent::seq));
      for (int k = 1; k < history.size(); k++) {
        ReviewEvent e = history.get(k);
        int s = e.decision() == Decision.APPROVED || e.decision() == Decision.REJECTED ? stages.indexOf(e.stage()) : -1;
        if (s >= 0) {
          Duration d = Duration.between(history.get(k - 1).at(), e.at());
          times.get(s).add(d.isNegative() ? Duration.ZERO : d);
        }
      }
    }
    List<StageStatistics> out = new ArrayList<>();
    for (int s = 0; s < stages.size(); s++) {
      List<Duration> t = times.get(s);
      t.sort(Comparator.naturalOrder());
      Duration median = t.isEmpty() ? Duration.ZERO : t.get((t.size() - 1) / 2);
      Duration mean = t.isEmpty() ? Duration.ZERO : t.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(t.size());
      out.add(new StageStatistics(stages.get(s).name(), waiting[s], t.size(), median, mean));
    }
    Optional<ReviewItem> oldest = inReview.stream()
        .min(Comparator.comparing(ReviewItem::updated).thenComparing(ReviewItem::id));
    Duration oldestWaiting = oldest.map(i -> Duration.between(i.updated(), at)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
    return new QueueStatistics(at, out, oldest.map(ReviewItem::id), oldestWaiting);
  }
}
