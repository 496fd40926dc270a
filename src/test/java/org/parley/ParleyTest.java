package org.parley;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the whole application on the test database (in-memory H2; PostgreSQL in the "persistence" run when
 * PARLEY_TEST_POSTGRES_URL is set). Tagged "persistence" so that CI runs these tests on both databases.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Tag("persistence")
public @interface ParleyTest {}
