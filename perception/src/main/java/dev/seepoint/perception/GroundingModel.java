package dev.seepoint.perception;

/**
 * The service-provider interface of a grounded model: given the pixels of a screen and a
 * referring expression ("the Sign in button", "the second Delete icon"), point at the element.
 *
 * <p>Implementations see pixels only, never the DOM. They own their native resources and release
 * them in {@link #close()}. {@link #locate} must be safe to call from several threads, or the
 * implementation must say it is not.
 */
public interface GroundingModel extends AutoCloseable {

    /**
     * Finds the element {@code expression} names on {@code screenshot}. Boxes in the answer are in
     * the pixels of the full frame (a crop maps its boxes back).
     *
     * @throws BadInputException when the expression is blank
     */
    Grounding locate(Screenshot screenshot, String expression);

    /** A short name for reports, e.g. {@code seepoint-default} or {@code kosmos-2}. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** Releases native resources; the default does nothing. */
    @Override
    default void close() {
    }
}
