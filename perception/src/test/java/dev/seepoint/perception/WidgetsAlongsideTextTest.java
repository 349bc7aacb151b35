package dev.seepoint.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.perception.text.TextLine;
import dev.seepoint.perception.text.TextReader;
import dev.seepoint.perception.text.Word;
import dev.seepoint.perception.widget.Widget;
import dev.seepoint.perception.widget.WidgetDetector;
import dev.seepoint.perception.widget.WidgetKind;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The grounded model starts the widget detector's pixel work while the text is read. */
class WidgetsAlongsideTextTest {

    private static final Box BUTTON = new Box(100, 100, 200, 140);

    private static Screenshot blank() {
        return Screenshot.of(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB));
    }

    private static TextLine signIn() {
        Box b = new Box(120, 110, 180, 130);
        return new TextLine(b, "Sign in", 0.95, List.of(new Word(b, "Sign in", 0.95)));
    }

    /** Starts its pixel work only to count it down, and finishes with one button round the text. */
    private static final class CountingDetector implements WidgetDetector {
        final CountDownLatch started = new CountDownLatch(1);
        volatile String startedOn;

        @Override
        public List<Widget> detect(Screenshot screenshot, List<TextLine> text) {
            return begin(screenshot).apply(text);
        }

        @Override
        public Function<List<TextLine>, List<Widget>> begin(Screenshot screenshot) {
            startedOn = Thread.currentThread().getName();
            started.countDown();
            return text -> List.of(new Widget(WidgetKind.BUTTON, BUTTON, Widget.State.UNKNOWN, null, text.get(0).text()));
        }
    }

    @Test
    void theWidgetsPixelWorkRunsOnAHelperThreadWhileTheTextIsRead() {
        CountingDetector widgets = new CountingDetector();
        TextReader waitsForTheWidgets = shot -> {
            try {
                // the reader only returns once the widget work has begun elsewhere: both run at once
                assertThat(widgets.started.await(10, TimeUnit.SECONDS)).as("widget work started during reading").isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return List.of(signIn());
        };
        try (DefaultGroundingModel model = new DefaultGroundingModel(waitsForTheWidgets, widgets, false, 0)) {
            Grounding g = model.locate(blank(), "the Sign in button");
            assertThat(g.isUnique()).isTrue();
            assertThat(g.requireBox()).isEqualTo(BUTTON);
            assertThat(widgets.startedOn).isEqualTo("seepoint-widgets");
        }
    }

    @Test
    void aFailureInTheWidgetsPixelWorkReachesTheCallerAsItWasThrown() {
        WidgetDetector broken = new WidgetDetector() {
            @Override
            public List<Widget> detect(Screenshot screenshot, List<TextLine> text) {
                return List.of();
            }

            @Override
            public Function<List<TextLine>, List<Widget>> begin(Screenshot screenshot) {
                throw new IllegalArgumentException("the frame is too small for widgets");
            }
        };
        try (DefaultGroundingModel model = new DefaultGroundingModel(shot -> List.of(signIn()), broken, false, 0)) {
            assertThatThrownBy(() -> model.locate(blank(), "Sign in"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("the frame is too small for widgets");
        }
    }

    @Test
    void aDetectorThatOnlyDetectsIsStartedAndFinishedAfterReading() {
        WidgetDetector plain = (shot, text) -> List.of(new Widget(WidgetKind.BUTTON, BUTTON, Widget.State.UNKNOWN, null,
                text.get(0).text()));
        try (DefaultGroundingModel model = new DefaultGroundingModel(shot -> List.of(signIn()), plain, false, 0)) {
            assertThat(model.locate(blank(), "the Sign in button").requireBox()).isEqualTo(BUTTON);
        }
    }
}
