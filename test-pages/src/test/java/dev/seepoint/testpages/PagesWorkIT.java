package dev.seepoint.testpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The fixture pages do their jobs under real clicks and typing, and report them in window.appState. */
class PagesWorkIT {

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

    private static void open(String page, int dpr) {
        chromium.viewport(1280, 800, dpr);
        chromium.open(pages.url(page));
    }

    private static void open(String page) {
        open(page, 1);
    }

    private static Object state(String path) {
        return chromium.driver.executeScript("return window.appState." + path + ";");
    }

    /** Polls a numeric state value until it equals {@code expected} or 3 s pass; returns the last value. */
    private static int eventually(String path, int expected) {
        long end = System.nanoTime() + 3_000_000_000L;
        int value;
        do {
            value = ((Number) state(path)).intValue();
            if (value == expected) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
        } while (System.nanoTime() < end);
        return value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(String path) {
        return (List<Object>) state(path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String path) {
        return (Map<String, Object>) state(path);
    }

    private static WebElement $(String css) {
        return chromium.driver.findElement(By.cssSelector(css));
    }

    /** Clicks at viewport CSS coordinates, as the agent will. */
    private static void clickAt(int x, int y) {
        new Actions(chromium.driver, Duration.ZERO).moveToLocation(x, y).click().perform();
    }

    @Test
    void signInAcceptsAPlausibleUserAndRejectsAShortPassword() {
        open("sign-in.html");
        $("#email").sendKeys("ada@example.com");
        $("#password").sendKeys("abc");
        $("#sign-in").click();
        assertThat(state("user")).isNull();
        assertThat(state("error")).isEqualTo("Invalid email or password.");
        $("#password").sendKeys("def123");
        $("#remember").click();
        $("#sign-in").click();
        assertThat(state("user")).isEqualTo("ada@example.com");
        assertThat(state("remember")).isEqualTo(true);
    }

    @Test
    void signUpShowsErrorsAndThenCreatesTheAccount() {
        open("sign-up.html?errors=1");
        assertThat(map("errors")).containsOnlyKeys("email", "password", "confirm", "terms");
        $("#email").sendKeys("example.com");
        $("#password").sendKeys("678");
        $("#confirm").clear();
        $("#confirm").sendKeys("abc12678");
        $("#terms").click();
        $("#create").click();
        assertThat(map("account")).containsEntry("email", "ada.lovelace@example.com");
    }

    @Test
    void settingsTogglesAndTheSecondSaveKeepThem() {
        open("settings.html");
        $("#t-dark").click();
        $("#d-compact").click();
        $("#c-index").click();
        $("#save-prefs").click();
        assertThat(state("saved.prefs.toggles.dark")).isEqualTo(true);
        assertThat(state("saved.prefs.density")).isEqualTo("compact");
        assertThat(state("saved.prefs.privacy.index")).isEqualTo(true);
        assertThat(state("saved.profile")).isNull();
    }

    @Test
    void ordersDeleteARowSwitchTabsAndPage() {
        open("orders.html");
        $("#r2 .del").click();
        assertThat(list("deleted")).containsExactly(1042L);
        assertThat($("#toast-body").getText()).contains("1042");
        $("#tab-shipped").click();
        assertThat(state("tab")).isEqualTo("shipped");
        $("#tab-all").click();
        $("#page-2").click();
        assertThat(state("page")).isEqualTo(2L);
        $("#toast-close").click();
        assertThat(state("toast")).isNull();
    }

    @Test
    void shopAddsToCartAndChecksOut() {
        open("shop.html?cart=");
        $("#p-candle .add").click();
        $("#p-candle .add").click();
        $("#p-mug .heart").click();
        $("#line-candle .minus").click();
        assertThat(state("cart.length")).isEqualTo(1L);
        assertThat(state("cart[0].qty")).isEqualTo(1L);
        assertThat(list("wishlist")).containsExactly("mug");
        $("#checkout-btn").click();
        $("#place-order").click();
        assertThat((String) state("checkoutError")).contains("name");
        $("#full-name").sendKeys("Ada Lovelace");
        $("#address").sendKeys("12 St James's Square");
        $("#city").sendKeys("London");
        $("#zip").sendKeys("SW1Y 4JH");
        $("#card").sendKeys("4242 4242 4242 4242");
        $("#place-order").click();
        assertThat(state("view")).isEqualTo("confirmed");
        assertThat(state("order.items[0].sku")).isEqualTo("candle");
    }

    @Test
    void dialogOpensFromTheUrlAndSavesTheName() {
        open("dialog.html?open=1");
        assertThat(state("dialog")).isEqualTo("edit");
        $("#edit-name").clear();
        $("#edit-name").sendKeys("artemis");
        $("#edit-save").click();
        assertThat(state("dialog")).isNull();
        assertThat(state("project.name")).isEqualTo("artemis");
        $("#delete-project").click();
        assertThat($("#delete-confirm").isEnabled()).isFalse();
        $("#confirm-name").sendKeys("artemis");
        $("#delete-confirm").click();
        assertThat(state("deleted")).isEqualTo(true);
    }

    @Test
    void menuOpensFromTheHashAndSignsOut() {
        open("menu.html#open");
        assertThat(state("openMenu")).isEqualTo("user");
        $("#mi-signout").click();
        assertThat(state("signedIn")).isEqualTo(false);
        assertThat(state("openMenu")).isNull();
        $("#doc3 .more").click();
        assertThat(state("menuFor")).isEqualTo("Launch deck");
        $("#rm-remove").click();
        assertThat(list("docs")).doesNotContain("Launch deck").hasSize(5);
    }

    @Test
    void accordionExpandsAndCollapses() {
        open("faq.html");
        $("#q-password .q").click();
        $("#q-billing .q").click();
        assertThat(list("expanded")).containsExactly("password");
        $("#contact").click();
        assertThat(state("contacted")).isEqualTo(true);
    }

    @Test
    void articleSubscribesAtTheBottom() {
        open("article.html?y=2450");
        assertThat(((Number) state("scrollY")).intValue()).isEqualTo(2450);
        $("#sub-email").sendKeys("reader@example.com");
        $("#sub-submit").click();
        assertThat(state("subscribed")).isEqualTo("reader@example.com");
        $("#to-top").click();
        assertThat(eventually("scrollY", 0)).isZero(); // the scroll event that records it arrives a frame later
    }

    @Test
    void darkEditorFormatsUndoesAndOpensFiles() {
        open("dark-editor.html");
        $("#bold").click();
        assertThat((String) state("files['notes.md']")).contains("****");
        $("#undo").click();
        assertThat((String) state("files['notes.md']")).startsWith("# Meeting notes").doesNotContain("****");
        $("#f-readme").click();
        assertThat(state("file")).isEqualTo("README.md");
        $("#settings").click();
        assertThat(state("settingsOpen")).isEqualTo(true);
    }

    @Test
    void compactFormGeneratesALabel() {
        open("compact-form.html");
        $("#generate").click();
        assertThat((String) state("error")).contains("r-name");
        $("#r-name").sendKeys("Ines Duarte");
        $("#r-street").sendKeys("Rua Augusta 20");
        $("#r-city").sendKeys("Lisboa");
        $("#r-postcode").sendKeys("1100-053");
        $("#sp-express").click();
        $("#o-fragile").click();
        $("#generate").click();
        assertThat(state("labels[0].to")).isEqualTo("Ines Duarte");
        assertThat(state("labels[0].speed")).isEqualTo("express");
        assertThat(state("labels[0].options.fragile")).isEqualTo(true);
    }

    @Test
    void canvasControlsAnswerClicksAtTheirDrawnPlace() {
        open("canvas-panel.html");
        clickAt(140 + 40 + 45, 90 + 40 + 20);
        assertThat(state("power")).isEqualTo(false);
        clickAt(140 + 40 + 45, 90 + 40 + 20);
        clickAt(140 + 70 + 100, 90 + 150 + 60);
        assertThat(state("volume")).isEqualTo(70L);
        clickAt(140 + 300 + 50, 90 + 380 + 32);
        assertThat(state("recording")).isEqualTo(true);
        clickAt(140 + 720 + 50, 90 + 40 + 20);
        assertThat(state("preset")).isEqualTo("preset2");
        clickAt(20, 400);
        assertThat(state("lastClicked")).isEqualTo("preset2");
    }

    @Test
    void unicodeFormChoosesACityAndMovesOn() {
        open("unicode.html");
        $("#c-tokyo").click();
        $("#lang-el").click();
        $("#strasse").sendKeys("Königstraße");
        $("#hausnummer").sendKeys("7");
        $("#plz").sendKeys("70173");
        $("#ort").sendKeys("Stuttgart");
        $("#i-nandu .rm").click();
        $("#weiter").click();
        assertThat(state("city")).isEqualTo("東京");
        assertThat(state("lang")).isEqualTo("el");
        assertThat(state("address.strasse")).isEqualTo("Königstraße");
        assertThat(list("cart")).doesNotContain("nandu");
        assertThat(state("step")).isEqualTo("payment");
    }

    @Test
    void todosAddCompleteFilterAndDelete() {
        open("todo.html");
        $("#new-todo").sendKeys("Pay rent", Keys.ENTER);
        assertThat((String) state("todos[5].text")).isEqualTo("Pay rent");
        $("#todo-1 .toggle").click();
        assertThat(state("todos[0].done")).isEqualTo(true);
        $("#todo-2 .destroy").click();
        assertThat(state("todos.length")).isEqualTo(5L);
        $("#f-active").click();
        assertThat(state("filter")).isEqualTo("active");
        $("#clear-completed").click();
        assertThat(state("todos.every(t => !t.done)")).isEqualTo(true);
    }

    @Test
    void bookingTakesADateATimeAndASelect() {
        open("booking.html");
        $("#name").sendKeys("Marco Rossi");
        $("#date").sendKeys("03152027");
        $("#time").sendKeys("0830PM");
        $("#party").sendKeys("4 people");
        $("#seat-terrace").click();
        $("#book").click();
        assertThat(state("booking.date")).isEqualTo("2027-03-15");
        assertThat(state("booking.time")).isEqualTo("20:30");
        assertThat(state("booking.party")).isEqualTo("4");
        assertThat(state("booking.seating")).isEqualTo("terrace");
    }

    @Test
    void playerPlaysSkipsAndLovesAtDeviceScaleTwo() {
        open("hidpi-player.html", 2);
        assertThat(chromium.driver.executeScript("return window.devicePixelRatio")).isEqualTo(2L);
        $("#play").click();
        $("#next").click();
        $("#t3 .like").click();
        assertThat(state("playing")).isEqualTo(true);
        assertThat(state("current")).isEqualTo(1L);
        assertThat(list("liked")).containsExactly("Salt & Glass");
    }
}
