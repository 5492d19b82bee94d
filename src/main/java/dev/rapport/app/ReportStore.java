package dev.rapport.app;

import dev.rapport.domain.ActivityReport;
import dev.rapport.domain.Channel;
import dev.rapport.domain.CoverageReport;
import dev.rapport.domain.ReportGroup;
import dev.rapport.domain.SatisfactionReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the reports read: tallies that every write keeps current, so that a report reads a few
 * thousand rows however many customers and contacts there are. Tally rows left at zero are not
 * returned.
 */
public interface ReportStore {

    /** Active customers counted by their tier or their owner, earliest planned contact and whether ever contacted. */
    List<CoverageReport.Tally> coverage(ReportGroup by);

    /** Satisfaction given in the months {@code from} to {@code to}, under the tier and owner of the day. */
    List<SatisfactionReport.Tally> satisfaction(YearMonth from, YearMonth to);

    /** Complaints opened from {@code from} to {@code to} (both included), with their customer's tier and owner. */
    List<SatisfactionReport.Complaint> complaints(LocalDate from, LocalDate to);

    /** Contacts per day, channel and direction from {@code from} to {@code to}, of one channel or all. */
    List<ActivityReport.Tally> activity(LocalDate from, LocalDate to, Optional<Channel> channel);

    /**
     * One row of a tally, for {@code rapport check}: which tally, its key and its counts, each as
     * {@code name=value} text, so that a stored row and a recounted one compare as text.
     */
    record TallyRow(String tally, String key, String counts) {
    }

    /** Every row of every tally as stored. */
    void storedTallies(Consumer<TallyRow> sink);

    /**
     * The same rows recounted from the customers and their contacts. Satisfaction is kept under
     * the tier and owner a customer had when it was given, which the contacts do not record: it
     * is compared per month, over all tiers and owners.
     */
    void recountedTallies(Consumer<TallyRow> sink);
}
