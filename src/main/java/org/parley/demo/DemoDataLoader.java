package org.parley.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Random;
import org.parley.approval.ApprovalService;
import org.parley.bilateral.BilateralService;
import org.parley.calendar.feed.FeedData;
import org.parley.calendar.feed.FeedScope;
import org.parley.calendar.feed.FeedService;
import org.parley.calendar.feed.IssuedFeed;
import org.parley.directory.PeopleService;
import org.parley.directory.VenueService;
import org.parley.followup.FollowUpService;
import org.parley.meeting.MeetingService;
import org.parley.protocol.ProtocolService;
import org.parley.readout.ReadoutService;
import org.parley.relations.QuestionService;
import org.parley.security.SystemTask;
import org.parley.security.UserService;
import org.parley.shared.Classification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the demo database through the same services the UI uses. The demo database is rebuilt at every start so that
 * the scenario stays dated relative to today.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@EnableConfigurationProperties(DemoSettings.class)
class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    @Bean
    FlywayMigrationStrategy freshDemoDatabase() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }

    @Bean
    @Order(0)
    ApplicationRunner demoData(
            UserService users,
            PeopleService people,
            VenueService venues,
            MeetingService meetings,
            ApprovalService approvals,
            FollowUpService followUps,
            UserDetailsService userDetails,
            Clock clock,
            FeedService feeds,
            ReadoutService readouts,
            QuestionService questions,
            DemoSettings settings,
            ProtocolService protocol,
            PlatformTransactionManager transactionManager,
            BilateralService bilaterals) {
        // the generated rows are written many to a transaction, not each in its own (docs/0031-performance-figures.md)
        var transactions = new TransactionTemplate(transactionManager);
        return (ApplicationArguments args) -> {
            long started = System.nanoTime();
            // a fixed seed: every start generates the same demo, shifted to today
            var random = new Random(20250218L);
            var directory = new DemoDirectory(people, venues, protocol);
            SystemTask.runAsSystem(() -> {
                DemoUsers.ALL.forEach(users::create);
                transactions.executeWithoutResult(status -> directory.create(settings.generatedPeople(), random));
            });
            long directoryReady = System.nanoTime();
            // the planner plans, so that the meetings are hers on the dashboard and the four-eyes rule applies
            var demo = new DemoMeetings(meetings, directory);
            LocalDate today = LocalDate.now(clock.withZone(DemoDirectory.MOSCOW));
            int generated = SystemTask.runAs(userDetails.loadUserByUsername("planner"), () -> {
                demo.createScenario(today);
                return demo.generate(today, settings.generatedMeetings(), random, transactions);
            });
            long meetingsReady = System.nanoTime();
            var openQuestions = new DemoQuestions(questions, userDetails);
            openQuestions.raise(demo);
            new DemoApprovals(approvals, meetings, followUps, userDetails).run(demo);
            openQuestions.move();
            new DemoReadouts(readouts, userDetails).run(demo);
            new DemoAccounts(users, people, meetings, userDetails, clock).run(directory);
            SystemTask.runAs(userDetails.loadUserByUsername("planner"), () -> {
                new DemoBilaterals(bilaterals, meetings, people).run(demo, directory, today);
                return null;
            });
            long ready = System.nanoTime();
            log.info(
                    "Demo data ready in {} ms: {} scenario meetings, {} generated, {} people (users and directory {} ms,"
                            + " meetings {} ms, approvals, readouts and accounts {} ms)",
                    (ready - started) / 1_000_000,
                    demo.scenario.size(),
                    generated,
                    directory.named.size() + directory.crowd.size(),
                    (directoryReady - started) / 1_000_000,
                    (meetingsReady - directoryReady) / 1_000_000,
                    (ready - meetingsReady) / 1_000_000);
            log.info(
                    "Demo users: {} (password \"{}\")",
                    DemoUsers.ALL.stream().map(u -> u.username()).toList(),
                    DemoUsers.PASSWORD);
            // the demo database is new at every start, so the feed and its token are too; the raw token lives only
            // in this log line (Parley stores its hash), which is acceptable for demo data and nothing else
            IssuedFeed feed = SystemTask.runAs(
                    userDetails.loadUserByUsername("planner"),
                    () -> feeds.create(new FeedData(
                            "Parley demo: everything Paula may see",
                            FeedScope.EVERYTHING,
                            null,
                            null,
                            null,
                            Classification.UNCLASSIFIED,
                            true)));
            log.info(
                    "Demo calendar feed of the planner: {} (subscribe: {}); classified meetings show as busy "
                            + "blocks, pending ones as tentative",
                    feed.url(),
                    feed.webcalUrl());
        };
    }
}
