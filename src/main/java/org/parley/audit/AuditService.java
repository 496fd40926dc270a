package org.parley.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.shared.Messages;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log for administrators: search it, export it, and check that nobody changed or removed entries. Entries
 * are written only by the log itself, from the events features publish (see {@code org.parley.shared.AuditableEvent});
 * nothing here or anywhere else changes or deletes them. Why a hash chain, and what it can and cannot detect:
 * docs/0004-audit-log.md.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AuditService {

    static final int PAGE_SIZE = 500;

    private final AuditEntryFinder finder;
    private final AuditEntryRepository entries;
    private final AuditHeadRepository heads;

    AuditService(AuditEntryFinder finder, AuditEntryRepository entries, AuditHeadRepository heads) {
        this.finder = finder;
        this.entries = entries;
        this.heads = heads;
    }

    /** Entries matching the filter, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public Slice<AuditEntrySummary> find(AuditFilter filter, Pageable pageable) {
        return finder.find(filter, pageable);
    }

    /** Writes the entries matching the filter as CSV, newest first, a page at a time. */
    @PreAuthorize("hasRole('ADMIN')")
    public void exportCsv(AuditFilter filter, Writer out) throws IOException {
        AuditCsv.header(out);
        AuditEntrySummary last = null;
        List<AuditEntrySummary> page;
        do {
            page = finder.findAfter(filter, last, PAGE_SIZE);
            for (AuditEntrySummary entry : page) {
                AuditCsv.row(out, entry);
            }
            if (!page.isEmpty()) {
                last = page.getLast();
            }
        } while (page.size() == PAGE_SIZE);
        out.flush();
    }

    /**
     * Walks the chain from the first entry, recomputing every hash, and reports the first place where it breaks: an
     * entry whose content no longer matches its hash (changed), an entry that does not link to its predecessor
     * (an entry before it removed or changed), or a chain that ends before the head says (entries removed from the end).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public AuditVerification verify() {
        // entries appended while we walk lie beyond this head and are left for the next verification
        AuditHead head = heads.head();
        long endId = head.lastEntryId();
        String endHash = head.lastHash();

        long checked = 0;
        long previousId = 0;
        String previousHash = AuditHash.GENESIS;
        List<ChainLink> page;
        do {
            page = finder.chain(previousId, endId, PAGE_SIZE);
            for (ChainLink link : page) {
                checked++;
                if (link.id() != previousId + 1) {
                    return broken(
                            checked,
                            link.id(),
                            previousId == 0
                                    ? text(
                                            "audit.verify.firstMissing",
                                            id(link.id()),
                                            missing(previousId + 1, link.id() - 1))
                                    : text(
                                            "audit.verify.missing",
                                            id(link.id()),
                                            id(previousId),
                                            missing(previousId + 1, link.id() - 1)));
                }
                if (!link.previousHash().equals(previousHash)) {
                    return broken(
                            checked,
                            link.id(),
                            previousId == 0
                                    ? text("audit.verify.unlinkedFirst", id(link.id()))
                                    : text("audit.verify.unlinked", id(link.id()), id(previousId)));
                }
                if (!link.expectedHash().equals(link.hash())) {
                    return broken(checked, link.id(), text("audit.verify.changed", id(link.id())));
                }
                previousId = link.id();
                previousHash = link.hash();
            }
        } while (page.size() == PAGE_SIZE);

        if (previousId != endId) {
            return broken(
                    checked,
                    previousId + 1,
                    text("audit.verify.endMissing", id(previousId), missing(previousId + 1, endId)));
        }
        if (!previousHash.equals(endHash)) {
            return broken(checked, endId, text("audit.verify.wrongEnd", id(endId)));
        }
        long beyond = entries.countBeyondHead();
        if (beyond > 0) {
            return broken(checked, endId + 1, text("audit.verify.inserted", beyond, id(endId)));
        }
        return new AuditVerification(
                true,
                checked,
                null,
                checked == 0 ? text("audit.verify.empty") : text("audit.verify.intact", checked, endHash));
    }

    private static AuditVerification broken(long checked, @Nullable Long entryId, String explanation) {
        return new AuditVerification(false, checked, entryId, explanation);
    }

    private static String missing(long from, long to) {
        return from == to ? text("audit.verify.gap.one", id(from)) : text("audit.verify.gap.many", id(from), id(to));
    }

    /** The explanation in the language of whoever asked (docs/0021). */
    private static String text(String key, Object... arguments) {
        return Messages.get(Messages.current(), key, arguments);
    }

    /** An entry's number as the log and its CSV write it (no digit grouping), so that it can be searched for. */
    private static String id(long entryId) {
        return String.valueOf(entryId);
    }
}
