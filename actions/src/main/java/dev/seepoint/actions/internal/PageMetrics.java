package dev.seepoint.actions.internal;

import dev.seepoint.actions.ActionException;
import dev.seepoint.perception.Point;
import dev.seepoint.perception.Size;
import java.util.List;

/**
 * The viewport as the page sees it ({@code innerWidth × innerHeight} CSS pixels) and the
 * device-pixel ratio: the one place where screenshot pixels become CSS pixels.
 */
public record PageMetrics(int cssWidth, int cssHeight, double devicePixelRatio) {

    /** The script whose result {@link #fromScript(Object)} reads. */
    public static final String SCRIPT = "return [window.innerWidth, window.innerHeight, window.devicePixelRatio];";

    public PageMetrics {
        if (cssWidth <= 0 || cssHeight <= 0) {
            throw new ActionException("the page reports an empty viewport (" + cssWidth + "x" + cssHeight
                    + " CSS pixels); is the window minimised?");
        }
        if (!(devicePixelRatio > 0) || devicePixelRatio > 10) {
            throw new ActionException("the page reports a device-pixel ratio of " + devicePixelRatio + "; expected (0, 10]");
        }
    }

    /** Reads the list that {@link #SCRIPT} returns. */
    public static PageMetrics fromScript(Object result) {
        if (!(result instanceof List<?> values) || values.size() != 3
                || !(values.get(0) instanceof Number w) || !(values.get(1) instanceof Number h)
                || !(values.get(2) instanceof Number dpr)) {
            throw new ActionException("cannot read the viewport size and device-pixel ratio: the page returned " + result);
        }
        return new PageMetrics(w.intValue(), h.intValue(), dpr.doubleValue());
    }

    /** The viewport in screenshot pixels. */
    public Size viewport() {
        return new Size((int) Math.round(cssWidth * devicePixelRatio), (int) Math.round(cssHeight * devicePixelRatio));
    }

    /** True when a screenshot of {@code size} fits these metrics (within a pixel of rounding). */
    public boolean matches(Size size) {
        Size expected = viewport();
        return Math.abs(expected.width() - size.width()) <= 1 && Math.abs(expected.height() - size.height()) <= 1;
    }

    /**
     * The CSS-pixel point for a screenshot-pixel point, kept inside the viewport.
     *
     * @throws ActionException when the point lies outside the viewport
     */
    public Point toCss(Point screenshotPixels) {
        Size viewport = viewport();
        int x = screenshotPixels.x();
        int y = screenshotPixels.y();
        if (x < 0 || y < 0 || x >= viewport.width() || y >= viewport.height()) {
            throw new ActionException("point " + screenshotPixels + " lies outside the " + viewport
                    + " viewport (screenshot pixels, device-pixel ratio " + devicePixelRatio
                    + "); point inside a fresh screenshot, or scroll first");
        }
        Point css = screenshotPixels.toCss(devicePixelRatio);
        return new Point(Math.min(css.x(), cssWidth - 1), Math.min(css.y(), cssHeight - 1));
    }

    /** A distance in screenshot pixels as CSS pixels. */
    public int toCss(int screenshotPixels) {
        return (int) Math.round(screenshotPixels / devicePixelRatio);
    }
}
