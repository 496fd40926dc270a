package org.parley.notification;

import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipient = :recipient order by n.createdAt desc, n.id desc")
    Slice<Notification> findMine(@Param("recipient") String recipient, Pageable pageable);

    @Query("select count(n) from Notification n where n.recipient = :recipient and n.readAt is null")
    long countUnread(@Param("recipient") String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(@Param("recipient") String recipient, @Param("at") Instant at);
}
