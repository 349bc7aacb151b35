package dev.seepoint.agent.junit;

/**
 * What browser a test wants.
 *
 * @param width    viewport width in CSS pixels
 * @param height   viewport height in CSS pixels
 * @param headless whether to run without a window
 */
public record BrowserSpec(int width, int height, boolean headless) {

    public BrowserSpec {
        if (width < 100 || height < 100 || width > 8000 || height > 8000) {
            throw new IllegalArgumentException("viewport must be between 100 and 8000 pixels a side, got " + width + "x" + height);
        }
    }
}
