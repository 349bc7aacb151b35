package dev.seepoint.tools.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seepoint.perception.Box;
import dev.seepoint.tools.Observation;
import org.junit.jupiter.api.Test;

class CropToolTest extends ToolTestBase {

    @Test
    void locatesInsideAZoomedRegionAndMapsTheBoxBackToTheFrame() {
        model.findWhenZoomed("the tiny x icon", Box.of(120, 80, 130, 90));

        Observation o = run("crop", "{'box':[100,60,200,120],'zoom':4,'target':'the tiny x icon'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(o.box()).contains(Box.of(120, 80, 130, 90));
        assertThat(model.calls()).singleElement().satisfies(c -> {
            assertThat(c.screenshot().isCrop()).isTrue();
            assertThat(c.screenshot().width()).isEqualTo(400);
        });
    }

    @Test
    void zoomsIntoADescribedRegion() {
        model.find("the login form", Box.of(0, 0, 200, 150));
        model.findWhenZoomed("the Sign in button", Box.of(20, 100, 80, 120));

        Observation o = run("crop", "{'region':'the login form','target':'the Sign in button'}");

        assertThat(o.isOk()).as(o.text()).isTrue();
        assertThat(o.box()).hasValueSatisfying(b -> assertThat(b.iou(Box.of(20, 100, 80, 120))).isGreaterThan(0.9));
    }

    @Test
    void withoutATargetReturnsTheEnlargedImage() {
        Observation o = run("crop", "{'box':[0,0,50,40],'zoom':2}");

        assertThat(o.isOk()).isTrue();
        assertThat(o.screenshot()).hasValueSatisfying(s -> assertThat(s.size().width()).isEqualTo(100));
    }

    @Test
    void needsABoxOrARegion() {
        Observation o = run("crop", "{'target':'x'}");

        assertThat(o.reason()).contains("bad_args");
    }
}
