package dev.seepoint.agent.junit;

import com.google.inject.Module;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or method) as a Seepoint test: a browser is started for each test that asks
 * for an {@code Agent}, {@code Device} or {@code WebDriver} parameter, closed after it, and on failure
 * a screenshot, the trace and an HTML report are written and named in the failure.
 *
 * <pre>{@code
 * @SeepointTest
 * class LoginTest {
 *     @Test
 *     void logsIn(Agent agent) {
 *         agent.act("log in with username ada and password s3cret");
 *         agent.check("the page shows 'Welcome, Ada'");
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(SeepointExtension.class)
public @interface SeepointTest {

    /** Starts the browser: a local headless Chromium by default, or one on the Grid named by -Dseepoint.grid / SEEPOINT_GRID. */
    Class<? extends BrowserFactory> browser() default ChromeBrowserFactory.class;

    /** Guice modules overriding bindings of {@link dev.seepoint.agent.SeepointModule} (model, planner, options...). */
    Class<? extends Module>[] modules() default {};

    int width() default 1280;

    int height() default 800;

    boolean headless() default true;

    /** Folder for failure reports; one sub-folder per test. */
    String reports() default "target/seepoint-reports";
}
