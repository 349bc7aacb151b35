package dev.seepoint.perception;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The default model on screenshots of whole apps: what a tester says about them points where a person would. */
class ScreensIT {

    private static DefaultGroundingModel model;

    @BeforeAll
    static void open() {
        model = DefaultGroundingModel.create(0);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static Screenshot screen(String name) throws IOException {
        try (InputStream in = ScreensIT.class.getResourceAsStream("/screens/" + name)) {
            return Screenshot.of(ImageIO.read(in));
        }
    }

    @Test
    void aPostsActionsAreThoseBetweenTheRulesAroundItsAuthorsName() throws IOException {
        // a social feed (the whole screen): posts in one card, a rule between each, a heart in each post's bar of actions
        Screenshot feed = screen("feed.png");

        Grounding sams = model.locate(feed, "the heart icon in Sam Okafor's post");
        Grounding jordans = model.locate(feed, "the heart on Jordan Lee's post");

        assertThat(sams.isUnique()).as("%s", sams).isTrue();
        assertThat(sams.requireBox().centerY()).isBetween(680.0, 700.0);
        assertThat(jordans.isUnique()).as("%s", jordans).isTrue();
        assertThat(jordans.requireBox().centerY()).isBetween(548.0, 568.0);
    }

    @Test
    void aShippingDashboardsFilterAndBellAndACampaignListsRowIconsAreFoundByWhatTheyAre() throws IOException {
        // a shipping dashboard: "Carriers" among the top bar's links, a bell under a large red "3"; over the shipments,
        // "Carrier" captions a dropdown showing "All carriers", a select-all box in the column headings. A campaigns list: each row ends in chart or pencil,
        // copy, trash can and ⋯, the bell in its dark top bar also under a large "3"
        Screenshot shipments = screen("shipments.png");
        Screenshot campaigns = screen("campaigns.png");

        Grounding carrier = model.locate(shipments, "the Carrier filter above the shipments table");
        Grounding bell = model.locate(shipments, "the bell icon in the top bar");
        Grounding firstBox = model.locate(shipments, "the checkbox of the first shipment in the table");
        Grounding trash = model.locate(campaigns, "the trash icon in the Holiday Gift Guide row");
        Grounding notifications = model.locate(campaigns, "the notifications icon");

        assertThat(carrier.isUnique()).as("%s %s", carrier, carrier.alternatives()).isTrue();
        assertThat(Box.of(371, 355, 488, 387).contains(carrier.requireBox().center())).as("%s", carrier).isTrue();
        assertThat(bell.isUnique()).as("%s %s", bell, bell.alternatives()).isTrue();
        assertThat(Box.of(1020, 10, 1052, 42).contains(bell.requireBox().center())).as("%s", bell).isTrue();
        assertThat(firstBox.requireBox().top()).as("the first row's, not the select-all box: %s", firstBox).isEqualTo(456);
        assertThat(trash.isUnique()).as("%s %s", trash, trash.alternatives()).isTrue();
        assertThat(Box.of(1160, 590, 1180, 614).contains(trash.requireBox().center())).as("%s", trash).isTrue();
        assertThat(notifications.isUnique()).as("%s %s", notifications, notifications.alternatives()).isTrue();
        assertThat(Box.of(1152, 12, 1184, 44).contains(notifications.requireBox().center())).as("%s", notifications).isTrue();
    }

    @Test
    void aDialogsButtonUnderATintedNoticeIsTheButtonNotTheWordsOfTheTitle() throws IOException {
        // a class booking's "Cancel your booking?" dialog over a dimmed schedule: a yellow notice across its middle, four
        // option tiles, and at its foot "Keep booking" and a red "Cancel booking"
        Screenshot dialog = screen("cancel-booking.png");

        Grounding cancel = model.locate(dialog, "Cancel booking");
        Grounding button = model.locate(dialog, "the Cancel booking button");

        assertThat(Box.of(751, 567, 882, 601).contains(cancel.requireBox().center())).as("%s", cancel).isTrue();
        assertThat(Box.of(751, 567, 882, 601).contains(button.requireBox().center())).as("%s", button).isTrue();
    }

    @Test
    void anAlbumsSortDropdownIsTheOneAfterItsCaptionNotTheViewMenuBeyond() throws IOException {
        // a photo album's toolbar: "Share album", then "Sort" before a pale native select "Newest first ⌄", then "View ⌄"
        Screenshot album = screen("photo-album.png");

        Grounding sort = model.locate(album, "the Sort dropdown");
        Grounding share = model.locate(album, "'Share album'");

        assertThat(Box.of(1021, 128, 1143, 162).contains(sort.requireBox().center())).as("%s", sort).isTrue();
        assertThat(Box.of(716, 128, 856, 162).contains(share.requireBox().center())).as("%s", share).isTrue();
    }

    @Test
    void aCarsCardHoldsItsPriceColumnPastTheRuleAndThePictureInsideIt() throws IOException {
        // car hire results: each card has a shaded picture with a badge at its left, the car's name, then a rule
        // that stops short of the card's borders, and past it the price and a Select button lower down
        Screenshot cars = screen("car-cards.png");

        Grounding golf = model.locate(cars, "the Select button for the Volkswagen Golf");

        assertThat(Box.of(799, 535, 929, 573).contains(golf.requireBox().center())).as("%s", golf).isTrue();
    }

    @Test
    void aCardsSideIsFoundFromATitleThatRunsIntoMoreWords() throws IOException {
        // the same list scrolled: "Renault Clio" ends where "or similar" begins, on a glyph's faint rim
        Screenshot cars = screen("car-cards-scrolled.png");

        Grounding clio = model.locate(cars, "the Select button for Renault Clio");

        assertThat(Box.of(799, 351, 929, 389).contains(clio.requireBox().center())).as("%s", clio).isTrue();
    }

    @Test
    void aSeatIsFoundByTheLettersBesideItsRowAndTheNumbersOverItsColumn() throws IOException {
        // a theatre's seat map: 8 rows of 18 round seats, letters A–H at both ends of each row, numbers over the
        // columns; the lone digits 1–9 and the row letter C are not read, so their places follow from the others
        Screenshot seats = screen("seat-map.png");

        Grounding d5 = model.locate(seats, "seat 5 in row D on the map");
        Grounding c7 = model.locate(seats, "seat C7");
        Grounding h18 = model.locate(seats, "row H, seat 18");

        assertThat(Box.of(300, 434, 319, 454).contains(d5.requireBox().center())).as("%s", d5).isTrue();
        assertThat(Box.of(354, 407, 373, 427).contains(c7.requireBox().center())).as("%s", c7).isTrue();
        assertThat(Box.of(669, 542, 688, 562).contains(h18.requireBox().center())).as("%s", h18).isTrue();
    }

    @Test
    void aSmallTrashCanWhoseLinesRunTogetherIsATrashCanNotAFloppy() throws IOException {
        // a users table: each row ends in a pencil and a 14 px can whose two lines drew as one bar, as a floppy's label
        // would; its lid standing out past its body tells it apart
        Screenshot users = screen("users.png");

        Grounding delete = model.locate(users, "the Delete button for the first user");

        assertThat(Box.of(1214, 268, 1228, 284).contains(delete.requireBox().center())).as("%s", delete).isTrue();
        assertThat(delete.evidence()).containsEntry("icon", "trash");
    }

    @Test
    void aPenOnABaselineIsAnEditIconAndTwoSheetsACopyIcon() throws IOException {
        // a fleet's vehicles table whose rows end in a pen over a short line and a ⋮; a podcast's feed settings with a
        // copy button (a sheet drawn from its top left corner behind a rounded one) beside the feed's address
        Screenshot fleet = screen("fleet.png");
        Screenshot feed = screen("feed-settings.png");

        Grounding pencil = model.locate(fleet, "the pencil icon in the VAN-207 row");
        Grounding copy = model.locate(feed, "the copy icon next to the RSS feed URL");

        assertThat(Box.of(866, 570, 888, 595).contains(pencil.requireBox().center())).as("%s", pencil).isTrue();
        assertThat(Box.of(1202, 358, 1234, 392).contains(copy.requireBox().center())).as("%s", copy).isTrue();
    }

    @Test
    void aTabIsNotAWordTheSearchFieldHints() throws IOException {
        // the fleet console: its search field hints "Search vehicles, drivers, trips…"; the Trips tab is over the table
        Screenshot fleet = screen("fleet.png");

        Grounding trips = model.locate(fleet, "the Trips tab");

        assertThat(trips.isUnique()).as("%s", trips).isTrue();
        assertThat(Box.of(493, 228, 610, 256).contains(trips.requireBox().center())).as("%s", trips).isTrue();
    }

    @Test
    void aSettingNamedByItsColumnForARowIsTheBoxInThatCell() throws IOException {
        // a utility's notification settings: a row for each notice, a box to tick under EMAIL, TEXT and APP PUSH
        Screenshot notices = screen("notice-settings.png");

        Grounding tips = model.locate(notices, "Email for Energy-saving tips & offers");

        assertThat(Box.of(913, 611, 929, 627).contains(tips.requireBox().center())).as("%s", tips).isTrue();
    }

    @Test
    void someonesReservationIsWhereTheirNameIsInTheList() throws IOException {
        // a hotel's departures: one row a guest, their name over a confirmation number; no words say "reservation"
        Screenshot departures = screen("departures.png");

        Grounding olivia = model.locate(departures, "Olivia Brown's reservation");

        assertThat(Box.of(60, 450, 160, 475).contains(olivia.requireBox().center())).as("%s", olivia).isTrue();
    }

    @Test
    void theRoundedSideOfAReactionChipIsNoMoreActionsIcon() throws IOException {
        // a team chat: each message has a ⋯ at the far right; a reaction chip's rounded left side, drawn in short
        // pieces, is not three dots in a column (as it became when dots of 2–4 px could differ by two pixels)
        Screenshot chat = screen("chat-messages.png");

        Grounding dots = model.locate(chat, "the three-dots button on Dana Kim's message");

        assertThat(Box.of(1230, 450, 1262, 478).contains(dots.requireBox().center())).as("%s", dots).isTrue();
    }

    @Test
    void aFieldNamedByAWordOfItsPlaceholderIsTheFieldNotTheWord() throws IOException {
        // a timesheet row's note popover: a text area hinting "Add a note for this row…" under the heading "Notes"
        Screenshot note = screen("row-note.png");

        Grounding field = model.locate(note, "the note field");

        assertThat(field.requireBox()).isEqualTo(Box.of(616, 433, 884, 515));
    }

    @Test
    void aVehiclesTablesRadiosTrashIconsAndTheCardsTabsAreFoundByWhatTheyAre() throws IOException {
        // a parking app: "My vehicles" (a table with a Default column of 16 px radios, a plate "HB 7730 V" before each
        // row's pencil and trash) beside "Parking permits" (tabs "My permits 2" and "Apply for permit" over a rule);
        // the top bar has a "Vehicles" tab
        Screenshot vehicles = screen("vehicles.png");

        Grounding radio = model.locate(vehicles, "the Default radio button in the City EV row");
        Grounding first = model.locate(vehicles, "the Default radio button in the first row");
        Grounding trash = model.locate(vehicles, "the trash icon next to the Work van in My vehicles");
        Grounding heading = model.locate(vehicles, "My vehicles");
        Grounding tab = model.locate(vehicles, "the \"Apply for permit\" tab");

        assertThat(radio.isUnique()).as("%s %s", radio, radio.alternatives()).isTrue();
        assertThat(Box.of(456, 355, 472, 371).contains(radio.requireBox().center())).as("%s", radio).isTrue();
        assertThat(first.isUnique()).as("%s %s", first, first.alternatives()).isTrue();
        assertThat(Box.of(456, 294, 472, 310).contains(first.requireBox().center())).as("%s", first).isTrue();
        assertThat(trash.isUnique()).as("%s %s", trash, trash.alternatives()).isTrue();
        assertThat(Box.of(590, 416, 607, 435).contains(trash.requireBox().center())).as("%s", trash).isTrue();
        assertThat(heading.isUnique()).as("%s %s", heading, heading.alternatives()).isTrue();
        assertThat(Box.of(60, 195, 160, 220).contains(heading.requireBox().center())).as("%s", heading).isTrue();
        assertThat(tab.isUnique()).as("%s %s", tab, tab.alternatives()).isTrue();
        assertThat(Box.of(800, 236, 925, 266).contains(tab.requireBox().center())).as("%s", tab).isTrue();
    }

    @Test
    void aRowsCheckboxBeforeANameOfTwoLinesIsTheOneNextToThatName() throws IOException {
        // a pharmacy's prescriptions table: a select-all box in the header, then each row's box centred on its name
        // ("Metformin ER 500 mg tablet") and the Rx line under it, a pill icon between the box and the name
        Screenshot prescriptions = screen("prescriptions.png");

        Grounding metformin = model.locate(prescriptions, "the checkbox next to Metformin ER");
        Grounding sertraline = model.locate(prescriptions, "the checkbox next to Sertraline");

        assertThat(metformin.isUnique()).as("%s %s", metformin, metformin.alternatives()).isTrue();
        assertThat(metformin.requireBox().centerY()).isBetween(525.0, 539.0);
        assertThat(sertraline.isUnique()).as("%s %s", sertraline, sertraline.alternatives()).isTrue();
        assertThat(sertraline.requireBox().centerY()).isBetween(759.0, 773.0);
    }

    @Test
    void aPayrollsHourBoxesRowMenusAndApproveButtonsAreFoundByWhatTheyAre() throws IOException {
        // a payroll table: hours in pale boxes under REG. HOURS and OT HOURS (a lone "0" at the right of each OT box),
        // "..." at each row's end; scrolled down, time-off requests under it with a ✓ and a × button each
        Screenshot payroll = screen("payroll.png");
        Screenshot rows = screen("payroll-rows.png");

        Grounding ot = model.locate(payroll, "the OT hours field for Marcus Bell");
        Grounding menu = model.locate(rows, "the three-dot actions menu at the end of Kenji Watanabe's row");
        Grounding approve = model.locate(rows, "the approve checkmark button next to Priya Nair");

        assertThat(ot.isUnique()).as("%s %s", ot, ot.alternatives()).isTrue();
        assertThat(ot.requireBox().centerX()).isBetween(818.0, 884.0);
        assertThat(ot.requireBox().centerY()).isBetween(731.0, 759.0);
        assertThat(menu.isUnique()).as("%s %s", menu, menu.alternatives()).isTrue();
        assertThat(menu.requireBox().centerX()).isGreaterThan(1210.0);
        assertThat(menu.requireBox().centerY()).isBetween(436.0, 452.0);
        assertThat(approve.isUnique()).as("%s %s", approve, approve.alternatives()).isTrue();
        assertThat(Box.of(841, 597, 869, 627).contains(approve.requireBox().center())).as("%s", approve).isTrue();
    }

    @Test
    void aListItemNamedByWhatItRecordsOwnsTheButtonsOnItsRow() throws IOException {
        // a parking app's "My bookings" table: each row a car park over its address, an Extend button and a "⋯" at its end
        Screenshot bookings = screen("bookings.png");

        Grounding extend = model.locate(bookings, "Extend on the Harbor Street Garage booking in My bookings");
        Grounding menu = model.locate(bookings, "the more actions menu of the Civic Center Lot booking");

        assertThat(extend.isUnique()).as("%s %s", extend, extend.alternatives()).isTrue();
        assertThat(extend.requireBox().centerY()).isBetween(690.0, 718.0);
        assertThat(menu.isUnique()).as("%s %s", menu, menu.alternatives()).isTrue();
        assertThat(menu.requireBox().centerY()).isBetween(750.0, 779.0);
    }

    @Test
    void aTablesSelectAllBoxIsTheOneOverItsRowsBoxesThoughTheFirstTitleBesideItIsTakenForItsCaption() throws IOException {
        // a payroll table ("EMPLOYEE" beside the header's box) and a prescriptions table ("MEDICATION" beside it)
        Grounding payroll = model.locate(screen("payroll.png"), "the select-all checkbox in the table header");
        Grounding prescriptions = model.locate(screen("prescriptions.png"), "the select-all checkbox");

        assertThat(payroll.isUnique()).as("%s %s", payroll, payroll.alternatives()).isTrue();
        assertThat(payroll.requireBox().centerY()).isBetween(446.0, 460.0);
        assertThat(prescriptions.isUnique()).as("%s %s", prescriptions, prescriptions.alternatives()).isTrue();
        assertThat(prescriptions.requireBox().centerY()).isBetween(466.0, 480.0);
    }

    @Test
    void aFilterIsTheChipInARowOfChipsNotABadgeOfTheSameName() throws IOException {
        // an invoice editor's recent invoices: chips "All 6 · Unpaid 3 · Overdue 2 · Paid 2" over rows with "Overdue" badges
        Screenshot invoice = screen("invoice.png");
        // a gym's schedule: chips "Yoga · HIIT · Spin …" over class cards, a "Yoga" badge beside "Sunrise Yoga"
        Screenshot schedule = screen("schedule.png");

        Grounding overdue = model.locate(invoice, "the Overdue filter");
        Grounding yoga = model.locate(schedule, "the Yoga filter");

        assertThat(overdue.isUnique()).as("%s %s %s", overdue, overdue.reason(), overdue.alternatives()).isTrue();
        assertThat(overdue.requireBox().centerY()).isBetween(330.0, 353.0);
        assertThat(overdue.requireBox().centerX()).isBetween(1036.0, 1126.0);
        assertThat(yoga.isUnique()).as("%s", yoga).isTrue();
        assertThat(yoga.requireBox().centerY()).isBetween(270.0, 300.0);
    }

    @Test
    void aCheckboxBetweenItsTitleAndItsDescriptionIsNamedByTheTitle() throws IOException {
        Screenshot invoice = screen("invoice.png");

        Grounding paypal = model.locate(invoice, "the PayPal checkbox");

        assertThat(paypal.isUnique()).as("%s", paypal).isTrue();
        assertThat(paypal.requireBox().centerY()).isBetween(80.0, 98.0);
    }

    @Test
    void aTabInTheCardNamedByItsHeadingIsFoundThoughTheHeadingsOwnBandHoldsOtherThings() throws IOException {
        // a job ad: "Job description" heads a card whose tabs lie under a rule below the heading
        Screenshot job = screen("job.png");

        Grounding benefits = model.locate(job, "the Benefits tab in the job description on the left");

        assertThat(benefits.isUnique()).as("%s", benefits).isTrue();
        assertThat(benefits.requireBox().centerX()).isBetween(193.0, 213.0);
    }

    @Test
    void aTimesheetsBoxesAreNamedByTheirDayAndTheirRowsProject() throws IOException {
        // hours of a week, a project chosen in each row's dropdown, a switch under the Billable heading
        Screenshot sheet = screen("timesheet.png");

        Grounding thursday = model.locate(sheet, "the Thursday box of the Atlas Redesign · UI design row");
        Grounding billable = model.locate(sheet, "the Billable toggle for Northwind API · Backend development");

        assertThat(thursday.isUnique()).as("%s", thursday).isTrue();
        assertThat(thursday.requireBox().centerX()).isBetween(590.0, 610.0);
        assertThat(thursday.requireBox().centerY()).isBetween(111.0, 131.0);
        assertThat(billable.isUnique()).as("%s", billable).isTrue();
        assertThat(billable.requireBox().centerX()).isBetween(356.0, 376.0);
        assertThat(billable.requireBox().centerY()).isBetween(162.0, 182.0);
    }

    @Test
    void tabsWithCountsBesideASidebarAreTabsAndCheckboxOptionsBesideAPanelAreNot() throws IOException {
        // a warehouse app: "Stock levels 12 · Receiving 2 · Suppliers 5 · Activity" in the row of a sidebar heading;
        // a survey: "Footwear · Jackets & outerwear · Camping gear" checkboxes, a prize-draw panel's line to their right
        Screenshot stock = screen("inventory.png");
        Screenshot survey = screen("survey.png");

        Grounding suppliers = model.locate(stock, "the Suppliers tab");
        Grounding camping = model.locate(survey, "the Camping gear checkbox");

        assertThat(suppliers.isUnique()).as("%s", suppliers).isTrue();
        assertThat(suppliers.evidence()).containsEntry("kind", "tab");
        assertThat(suppliers.requireBox().centerX()).isBetween(530.0, 565.0);
        assertThat(camping.isUnique()).as("%s", camping).isTrue();
        assertThat(camping.evidence()).containsEntry("kind", "checkbox");
        assertThat(camping.requireBox().centerX()).isBetween(744.0, 760.0);
    }

    @Test
    void aDaysBoxInARowNamedByItsProjectDropdownIsInThatRow() throws IOException {
        // a timesheet's third row: "Internal · Team meetings" chosen in its dropdown, empty boxes under "Fri 13"
        Screenshot sheet = screen("timesheet-rows.png");

        Grounding friday = model.locate(sheet, "the empty Fri cell in the Internal · Team meetings row");

        assertThat(friday.isUnique()).as("%s", friday).isTrue();
        assertThat(friday.requireBox().centerX()).isBetween(648.0, 668.0);
        assertThat(friday.requireBox().centerY()).isBetween(393.0, 413.0);
    }

    @Test
    void aPasswordVaultsMenuItemsSliderNumberBoxAndSwitchAreWhereTheirWordsSayTheyAre() throws IOException {
        // a password vault: a dark top bar (Vault, Reports, Settings, then an outlined "Premium" badge), a generator panel
        // with a browser's range input near its minimum, pale outlined number boxes ("1") and a switch at a row's end
        Screenshot vault = screen("vault.png");

        Grounding settings = model.locate(vault, "Settings");
        Grounding length = model.locate(vault, "the Length slider");
        Grounding numbers = model.locate(vault, "the Minimum numbers field");
        Grounding avoid = model.locate(vault, "the Avoid ambiguous characters toggle");

        assertThat(settings.requireBox().centerX()).as("%s", settings).isBetween(440.0, 540.0);
        assertThat(length.requireBox().width()).as("%s", length).isGreaterThan(150);
        assertThat(length.requireBox().centerY()).isBetween(310.0, 326.0);
        assertThat(numbers.requireBox()).as("%s", numbers).isEqualTo(Box.of(961, 541, 1097, 578));
        assertThat(avoid.requireBox().centerX()).as("%s", avoid).isBetween(1207.0, 1243.0);
        assertThat(avoid.requireBox().centerY()).isBetween(592.0, 612.0);
    }

    @Test
    void aPowerIconIsTheRingOpenAtTheTopWithABarDroppingIntoIt() throws IOException {
        // a cloud console's servers: each row ends in a power icon and a ⋮ menu
        Screenshot servers = screen("servers.png");

        Grounding staging = model.locate(servers, "the power icon in the staging-app row");
        Grounding primary = model.locate(servers, "the power button at the end of the db-primary row");

        assertThat(staging.isUnique()).as("%s", staging).isTrue();
        assertThat(staging.requireBox().centerY()).isBetween(660.0, 680.0);
        assertThat(staging.requireBox().centerX()).isBetween(1185.0, 1201.0);
        assertThat(primary.requireBox().centerY()).as("%s", primary).isBetween(484.0, 504.0);
    }

    @Test
    void aSectionIsTheWholePanelItsHeadingOpensPastItsSmallerSubHeadings() throws IOException {
        // a podcast studio's Distribution card: a subtitle right under "Distribution" read as tall as it, then "Platforms"
        // and "RSS feed" sub-headings nearly as tall, and a switch at the end of each platform's row past its Live badge
        Screenshot distribution = screen("distribution.png");

        Grounding text = model.locate(distribution, "YouTube Music in the Distribution section");
        Grounding toggle = model.locate(distribution, "YouTube Music switch in the Distribution section");

        assertThat(text.requireBox()).as("%s", text).isEqualTo(Box.of(315, 513, 416, 526));
        assertThat(toggle.isUnique()).as("%s", toggle).isTrue();
        assertThat(toggle.requireBox().centerY()).isBetween(525.0, 535.0);
        assertThat(toggle.requireBox().centerX()).isBetween(745.0, 765.0);
    }

    @Test
    void aPaleOutlinedBoxHoldingOnlyADashIsTheFieldItsCaptionNames() throws IOException {
        // the vault's passphrase generator: "Word separator" over a pale rounded box holding "-", which OCR does not read
        Screenshot passphrase = screen("passphrase.png");

        Grounding separator = model.locate(passphrase, "the word separator");

        assertThat(separator.requireBox()).as("%s", separator).isEqualTo(Box.of(1107, 300, 1243, 338));
        assertThat(separator.evidence()).containsEntry("kind", "text field");
    }
    @Test
    void aColouredBandAcrossTheMiddleIsNoDialogWhoseCornerHidesTheTopBar() throws IOException {
        // a language course's path: a unit's purple header band crosses the screen's centre; taken for a modal dialog,
        // its corner stood for "the top right" and the avatar and the bell in the real top right were not found
        Screenshot path = screen("course-path.png");

        Grounding avatar = model.locate(path, "the MR avatar at the top right");
        Grounding bell = model.locate(path, "the bell at the top right");

        assertThat(avatar.requireBox()).as("%s", avatar).isEqualTo(Box.of(1220, 12, 1256, 48));
        assertThat(bell.isUnique()).as("%s", bell).isTrue();
        assertThat(bell.requireBox().centerX()).isBetween(1180.0, 1198.0);
        assertThat(bell.requireBox().centerY()).isBetween(20.0, 42.0);
    }

    @Test
    void aQueuesTabIsTheTabNotTheRowsCellReadingTheSameWordInColour() throws IOException {
        // a dispatch console's order queue: tabs "All 10 · Unassigned 6 · In progress 3 · Completed 1" over a table whose
        // courier cells read "Unassigned" in orange italics; one row had been read as a tab bar with that cell chosen
        Screenshot queue = screen("dispatch-queue.png");

        Grounding tab = model.locate(queue, "the \"Unassigned\" tab above the order table");

        assertThat(tab.isUnique()).as("%s", tab).isTrue();
        assertThat(Box.of(160, 188, 295, 222).contains(tab.requireBox().center())).as("%s", tab).isTrue();
    }

    @Test
    void aDecksButtonIsTheOneOnItsCardNotTheOneLevelWithItsNameInTheSidebar() throws IOException {
        // a flashcards app's grid of deck cards, each with Edit and Study now; the sidebar lists the decks, "Japanese
        // Basics" level with the French card's buttons
        Screenshot decks = screen("deck-grid.png");

        Grounding study = model.locate(decks, "the Study button for the Japanese Basics deck");
        Grounding edit = model.locate(decks, "the Edit button for the Spanish Basics deck");

        assertThat(study.isUnique()).as("%s", study).isTrue();
        assertThat(Box.of(465, 608, 563, 638).contains(study.requireBox().center())).as("%s", study).isTrue();
        assertThat(Box.of(743, 608, 795, 638).contains(edit.requireBox().center())).as("%s", edit).isTrue();
    }

    @Test
    void aDialogsConfirmIsItsPrimaryButtonWhenItsButtonsSayWhatTheyDo() throws IOException {
        // a host stand's "Seat party" dialog: table choices, then Cancel and a blue "Seat at T9"; "Confirmed" badges on the
        // reservations behind it
        Screenshot dialog = screen("seat-dialog.png");

        Grounding confirm = model.locate(dialog, "the Confirm button");

        assertThat(confirm.isUnique()).as("%s", confirm).isTrue();
        assertThat(Box.of(751, 441, 852, 471).contains(confirm.requireBox().center())).as("%s", confirm).isTrue();
    }
}
