package dev.seepoint.testpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the labels honest: every case file's page opens in Chromium at its viewport, and every target selector
 * names exactly one element that is visible, inside the viewport and not covered at its centre; ambiguous cases
 * name several distinct such elements; canvas rectangles match the page's own hit-testing.
 */
class TestPagesIT {

    private static final String CHECK_TARGET = """
            const [sel, W, H] = arguments;
            const els = document.querySelectorAll(sel);
            if (els.length !== 1) return 'matches ' + els.length + ' elements';
            const el = els[0], r = el.getBoundingClientRect();
            if (r.width < 1 || r.height < 1) return 'has no size';
            if (r.left < -0.5 || r.top < -0.5 || r.right > W + 0.5 || r.bottom > H + 0.5)
              return 'lies outside the ' + W + 'x' + H + ' viewport at ' + [r.left, r.top, r.width, r.height].map(Math.round);
            const cs = getComputedStyle(el);
            if (cs.visibility === 'hidden' || cs.display === 'none' || +cs.opacity === 0) return 'is invisible';
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            if (!hit || !(hit === el || el.contains(hit)))
              return 'is covered at its centre by ' + (hit ? hit.outerHTML.slice(0, 100) : 'nothing');
            return null;""";

    private static final String DISTINCT = """
            const els = arguments[0].map(s => document.querySelector(s));
            return new Set(els).size;""";

    private static final String CHECK_CANVAS = """
            const [rect, control] = arguments;
            if (typeof window.panelControls !== 'function') return 'the page has no window.panelControls()';
            const known = window.panelControls().find(c => c.name === control);
            if (!known) return 'no control named ' + control;
            if (known.rect.join() !== rect.join()) return 'the page draws ' + control + ' at ' + known.rect + ', not ' + rect;
            const hit = window.panelHitTest(rect[0] + rect[2] / 2, rect[1] + rect[3] / 2);
            if (hit !== control) return 'a click at the centre hits ' + hit + ', not ' + control;
            return null;""";

    private static TestPages pages;
    private static Chromium chromium;

    @BeforeAll
    static void start() {
        pages = TestPages.start();
        chromium = new Chromium();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (pages != null) {
            pages.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyLabelledTargetIsOneVisibleElementInTheViewport() {
        return GroundingCases.files().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(CaseFile.read(name))));
    }

    private static void check(CaseFile file) {
        Map<String, List<Map<String, Object>>> byView = new LinkedHashMap<>();
        for (Map<String, Object> c : file.cases()) {
            byView.computeIfAbsent(file.pageOf(c) + "@" + file.scrollOf(c), k -> new ArrayList<>()).add(c);
        }
        List<String> problems = new ArrayList<>();
        int w = file.width(), h = file.height();
        for (List<Map<String, Object>> group : byView.values()) {
            Map<String, Object> first = group.get(0);
            chromium.viewport(w, h, file.dpr());
            chromium.open(pages.url(file.pageOf(first)));
            int scroll = file.scrollOf(first);
            if (scroll != 0) {
                Object at = chromium.driver.executeScript("window.scrollTo(0, arguments[0]); return window.scrollY;", scroll);
                if (((Number) at).intValue() != scroll) {
                    problems.add(file.pageOf(first) + ": scrollY " + scroll + " is out of reach, the page stops at " + at);
                }
            }
            for (Map<String, Object> c : group) {
                String id = (String) c.get("id");
                if (c.get("target") instanceof String sel) {
                    note(problems, id, sel, chromium.driver.executeScript(CHECK_TARGET, sel, w, h));
                }
                if (c.get("targets") instanceof List<?> sels) {
                    for (Object sel : sels) {
                        note(problems, id, (String) sel, chromium.driver.executeScript(CHECK_TARGET, sel, w, h));
                    }
                    Object distinct = chromium.driver.executeScript(DISTINCT, sels);
                    if (((Number) distinct).intValue() != sels.size()) {
                        problems.add(id + ": its " + sels.size() + " targets name only " + distinct + " distinct elements");
                    }
                }
                if (c.get("rect") instanceof List<?> rect) {
                    Object control = c.get("control");
                    List<Number> r = rect.stream().map(Number.class::cast).toList();
                    if (r.get(0).intValue() < 0 || r.get(1).intValue() < 0 || r.get(0).intValue() + r.get(2).intValue() > w
                            || r.get(1).intValue() + r.get(3).intValue() > h) {
                        problems.add(id + ": rect " + r + " lies outside the viewport");
                    }
                    note(problems, id, "rect " + r, control == null ? "a rect case must name its control"
                            : chromium.driver.executeScript(CHECK_CANVAS, rect, control));
                }
            }
        }
        assertThat(problems).as("labels of %s that no longer match the page", file.name()).isEmpty();
    }

    private static void note(List<String> problems, String id, String what, Object problem) {
        if (problem != null) {
            problems.add(id + ": " + what + " " + problem);
        }
    }
}
