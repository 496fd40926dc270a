package org.parley.protocol;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RankRepository extends JpaRepository<RankEntry, Long> {

    /** Every rank, highest first; a short list of reference data, read whole. */
    List<RankEntry> findAllByOrderByPrecedenceAscNameAsc();
}
