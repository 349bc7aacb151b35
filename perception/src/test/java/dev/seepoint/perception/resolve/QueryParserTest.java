package dev.seepoint.perception.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seepoint.perception.BadInputException;
import dev.seepoint.perception.resolve.Query.Kind;
import dev.seepoint.perception.resolve.Query.Region;
import dev.seepoint.perception.resolve.Query.Relation;
import dev.seepoint.perception.widget.IconKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private final QueryParser parser = new QueryParser();

    @Test
    void aPlainCaptionIsText() {
        Query q = parser.parse("Sign in");
        assertThat(q.text()).isEqualTo("sign in");
        assertThat(q.kind()).isEqualTo(Kind.ANY);
    }

    @Test
    void checkInAndCheckOutAreAButtonsNameNotAVerbAndARelation() {
        Query q = parser.parse("Check in on Ethan Clarke's row");

        assertThat(q.text()).isEqualTo("check-in");
        assertThat(q.relations()).extracting(Relation::anchor).containsExactly("ethan clarke");
        assertThat(parser.parse("Check out").text()).isEqualTo("check-out");
    }

    @Test
    void ofANumberedThingIsWhoseItIs() {
        Query q = parser.parse("the status dropdown of room 207");

        assertThat(q.text()).isEqualTo("status");
        assertThat(q.relations()).extracting(Relation::type).containsExactly(Relation.Type.OWNER);
        assertThat(q.relations()).extracting(Relation::anchor).containsExactly("room 207");
        assertThat(parser.parse("the list of items").relations()).isEmpty();
    }

    @Test
    void theEndOfARowIsInTheRow() {
        Query q = parser.parse("the three dots at the end of the row for episode #51");

        assertThat(q.icons()).contains(IconKind.MORE);
        assertThat(q.relations()).extracting(Relation::type).containsExactly(Relation.Type.SAME_ROW);
        assertThat(q.relations()).extracting(Relation::anchor).containsExactly("episode #51");
    }

    @Test
    void aCapitalisedKindWordAloneIsACaptionAndALowerCaseOneAKind() {
        Query title = parser.parse("the Title on the right");
        Query anyTitle = parser.parse("the title");

        assertThat(title.kind()).isEqualTo(Kind.ANY);
        assertThat(title.text()).isEqualTo("title");
        assertThat(anyTitle.kind()).isEqualTo(Kind.TEXT);
        assertThat(parser.parse("the Message").text()).isEqualTo("message");
    }

    @Test
    void inMyOrYourNamesASectionAsInTheDoes() {
        Query q = parser.parse("the trash icon next to the Work van in My vehicles");

        assertThat(q.text()).isEqualTo("trash");
        assertThat(q.relations()).extracting(Relation::type).containsExactly(Relation.Type.NEXT_TO, Relation.Type.INSIDE);
        assertThat(q.relations()).extracting(Relation::anchor).containsExactly("the work van", "my vehicles");
    }

    @Test
    void someonesNameIsTheWordsOfTheirName() {
        Query sofia = parser.parse("Click Sofia Rossi's name");
        Query user = parser.parse("the user's name");

        assertThat(sofia.text()).isEqualTo("sofia rossi");
        assertThat(sofia.kind()).isEqualTo(Kind.TEXT);
        assertThat(sofia.relations()).isEmpty();
        assertThat(user.text()).isEqualTo("name"); // a role, not a name: whose name it is stays a relation
    }

    @Test
    void aDrawnSymbolSaysWhichIconWhateverWordsFollowIt() {
        Query q = parser.parse("the ⋮ actions menu at the end of Liam Foster's row");

        assertThat(q.icons()).containsExactly(IconKind.MORE);
        assertThat(q.kind()).isEqualTo(Kind.ICON);
    }

    @Test
    void theLeftColumnIsTheSidebarAndAnUpvoteArrowPointsUp() {
        assertThat(parser.parse("the \"3D Printing\" category in the left column").region()).isEqualTo(Region.SIDEBAR);
        assertThat(parser.parse("the upvote arrow").icons()).containsExactly(IconKind.CHEVRON_UP);
        assertThat(parser.parse("the downvote icon").icons()).containsExactly(IconKind.CHEVRON_DOWN);
    }

    @Test
    void aCircularArrowIsTheRefreshIconNotEveryArrow() {
        for (String e : List.of("the circular-arrow icon", "the circular arrow icon", "the re-run icon", "the circular arrow")) {
            Query q = parser.parse(e);
            assertThat(q.kind()).as(e).isEqualTo(Kind.ICON);
            assertThat(q.icons()).as(e).containsExactly(IconKind.REFRESH);
        }
        assertThat(parser.parse("the small arrow").icons()).as("an arrow of any way").contains(IconKind.CHEVRON_LEFT, IconKind.CHEVRON_DOWN);
        assertThat(parser.parse("the left arrow").icons()).containsExactly(IconKind.CHEVRON_LEFT);
    }

    @Test
    void aPossessiveIsKeptForAHeadingThatStartsWithIt() {
        assertThat(parser.parse("My vehicles").text()).isEqualTo("vehicles");
        assertThat(parser.parsePossessive("My vehicles").text()).isEqualTo("my vehicles");
        assertThat(parser.parsePossessive("the Vehicles tab")).isNull();
        assertThat(parser.parsePossessive("my profile link")).isNull();
    }

    @Test
    void leadingVerbsAndArticlesAreDropped() {
        Query q = parser.parse("Click on the Sign in button");
        assertThat(q.text()).isEqualTo("sign in");
        assertThat(q.kind()).isEqualTo(Kind.BUTTON);
    }

    @Test
    void aVerbThatNamesAControlStaysItsName() {
        Query q = parser.parse("the close button in the title bar");
        assertThat(q.text()).isEqualTo("close");
        assertThat(q.kind()).isEqualTo(Kind.BUTTON);
        assertThat(q.icons()).contains(IconKind.CLOSE);
        assertThat(parser.parse("close the dialog").text()).isEqualTo("dialog");
    }

    @Test
    void aButtonNamedLikeAVerbKeepsItsNameBeforeOnTheCard() {
        Query q = parser.parse("Select on the Casa Azul Boutique Hotel card");
        assertThat(q.text()).isEqualTo("select");
        assertThat(q.relations()).containsExactly(Relation.to(Relation.Type.OWNER, "casa azul boutique hotel"));
        assertThat(parser.parse("click on the Save button").text()).isEqualTo("save"); // pointing verbs still take "on"
    }

    @Test
    void aPossessiveAfterInNamesTheRowOrCardOfItsOwner() {
        Query row = parser.parse("the trash icon in Jane Cooper's row");
        assertThat(row.text()).isEqualTo("trash");
        assertThat(row.kind()).isEqualTo(Kind.ICON);
        assertThat(row.relations()).containsExactly(Relation.to(Relation.Type.SAME_ROW, "jane cooper"));
        assertThat(parser.parse("the heart on Ada's card").relations()).containsExactly(Relation.to(Relation.Type.OWNER, "ada"));
    }

    @Test
    void aCornerAfterAtOrInIsTheRegion() {
        for (String e : List.of("the bell icon at the top right", "the bell icon in the top right corner", "the bell icon top right",
                "the bell icon in the top-right corner of the page")) {
            Query q = parser.parse(e);
            assertThat(q.text()).as(e).isEqualTo("bell");
            assertThat(q.region()).as(e).isEqualTo(Region.TOP_RIGHT);
            assertThat(q.relations()).as(e).isEmpty();
        }
    }

    @Test
    void wordsAboutTheDrawingOfAnIconButtonGo() {
        Query q = parser.parse("the round floating + button in the bottom right corner");
        assertThat(q.text()).isEqualTo("+");
        assertThat(q.icons()).contains(IconKind.PLUS);
        assertThat(q.region()).isEqualTo(Region.BOTTOM_RIGHT);
        assertThat(parser.parse("the Round trip option").text()).isEqualTo("round trip option"); // a caption keeps them
    }

    @Test
    void theBottomOfAColumnIsThatColumn() {
        Query q = parser.parse("\"+ Add task\" at the bottom of the In progress column");
        assertThat(q.text()).isEqualTo("+ Add task");
        assertThat(q.relations()).containsExactly(Relation.to(Relation.Type.OWNER, "in progress"));
        assertThat(parser.parse("Suspend in the bar").relations()).isEmpty();
        assertThat(parser.parse("UNDO in the notification").relations()).isEmpty();
    }

    @Test
    void theWholeTableOrPageAsAPlaceAddsNothing() {
        Query q = parser.parse("the delete button of the second user in the table");
        assertThat(q.text()).isEqualTo("delete");
        assertThat(q.kind()).isEqualTo(Kind.BUTTON);
        assertThat(q.relations()).containsExactly(Relation.row(2));
        assertThat(parser.parse("the Save button on the page").relations()).isEmpty();
    }

    @Test
    void aDateOrTimeNamedByItsLabelIsAlsoReadAsTheFieldOfThatLabel() {
        Query q = parser.parseDated("the check-in date");
        assertThat(q.text()).isEqualTo("check-in");
        assertThat(q.kind()).isEqualTo(Kind.FIELD);
        assertThat(parser.parseDated("the Save button")).isNull();
    }

    @Test
    void aLabelStartingWithAnOrdinalWordCanBeReadWhole() {
        assertThat(parser.parse("First name").ordinal()).isEqualTo(1);
        Query whole = parser.parseLiteral("the Last name field");
        assertThat(whole).isNotNull();
        assertThat(whole.text()).isEqualTo("last name");
        assertThat(whole.kind()).isEqualTo(Kind.FIELD);
        assertThat(whole.ordinal()).isZero();
    }

    @Test
    void quotedTextKeepsItsWordsAndCase() {
        Query q = parser.parse("click 'Sign in with Google'");
        assertThat(q.text()).isEqualTo("Sign in with Google");
        assertThat(q.quoted()).isTrue();
    }

    @Test
    void aQuotedLiteralIsNotSplitByRelationWords() {
        Query q = parser.parse("the \"Save in the cloud\" button");
        assertThat(q.text()).isEqualTo("Save in the cloud");
        assertThat(q.relations()).isEmpty();
        assertThat(q.kind()).isEqualTo(Kind.BUTTON);
    }

    @Test
    void aLanguageNamedOnAControlIsItsLabelWithoutTheWordLanguage() {
        Query q = parser.parse("the Ελληνικά language button");
        assertThat(q.kind()).isEqualTo(Kind.BUTTON);
        assertThat(q.text()).isEqualTo("ελληνικά");
        assertThat(parser.parse("the Deutsch language link").text()).isEqualTo("deutsch");
        assertThat(parser.parse("the Native language dropdown").text()).isEqualTo("native language");
        assertThat(parser.parse("the Auto-assign switch in the dark top bar").region()).isEqualTo(Query.Region.TOP_BAR);
        assertThat(parser.parse("the gear icon in the navy sidebar").region()).isEqualTo(Query.Region.SIDEBAR);
        assertThat(parser.parse("the language button").text()).isEqualTo("language");
        assertThat(parser.parse("the English language").text()).isEqualTo("english language");
    }

    @Test
    void aLabelledFieldIsAFieldWithText() {
        Query q = parser.parse("the Email field");
        assertThat(q.kind()).isEqualTo(Kind.FIELD);
        assertThat(q.text()).isEqualTo("email");
    }

    @Test
    void ordinalsAreTakenOut() {
        assertThat(parser.parse("the second Delete button").ordinal()).isEqualTo(2);
        assertThat(parser.parse("3rd input")).satisfies(q -> {
            assertThat(q.ordinal()).isEqualTo(3);
            assertThat(q.kind()).isEqualTo(Kind.FIELD);
            assertThat(q.text()).isEmpty();
        });
        assertThat(parser.parse("the last Edit link").ordinal()).isEqualTo(-1);
        assertThat(parser.parse("the second to last row").ordinal()).isEqualTo(-2);
    }

    @Test
    void aDayOrMonthBeforeTheNthMakesItADateNotAnOrdinal() {
        assertThat(parser.parse("Wednesday the 12th")).satisfies(q -> {
            assertThat(q.ordinal()).isZero();
            assertThat(q.text()).isEqualTo("wednesday the 12th");
        });
        assertThat(parser.parse("March 3rd").ordinal()).isZero();
        assertThat(parser.parse("the 2nd Save button").ordinal()).isEqualTo(2);
    }

    @Test
    void aSwatchIsNamedByItsColourShadeAndAll() {
        Query q = parser.parse("the rust-orange colour swatch");
        assertThat(q.kind()).isEqualTo(Kind.SWATCH);
        assertThat(q.colour()).isEqualTo("orange");
        assertThat(q.text()).isEmpty();
    }

    @Test
    void aColourAfterWordsOfSizeAndShapeIsStillTheColour() {
        Query q = parser.parse("the big round green play button");
        assertThat(q.colour()).isEqualTo("green");
        assertThat(q.text()).isEqualTo("play");
        assertThat(q.icons()).contains(dev.seepoint.perception.widget.IconKind.PLAY);
    }

    @Test
    void aChipOrAPillIsAButtonAndAColourChipASwatch() {
        assertThat(parser.parse("the High chip").kind()).isEqualTo(Kind.BUTTON);
        assertThat(parser.parse("the High chip").text()).isEqualTo("high");
        assertThat(parser.parse("the Songs filter chip").kind()).isEqualTo(Kind.BUTTON);
        assertThat(parser.parse("the red colour chip").kind()).isEqualTo(Kind.SWATCH);
    }

    @Test
    void aLittleXOrASmallArrowIsTheIconItDraws() {
        Query x = parser.parse("the little x on the invoice tag");
        assertThat(x.kind()).isEqualTo(Kind.ICON);
        assertThat(x.icons()).containsExactly(dev.seepoint.perception.widget.IconKind.CLOSE);
        Query arrow = parser.parse("the small arrow in the Resolve button");
        assertThat(arrow.icons()).contains(dev.seepoint.perception.widget.IconKind.CHEVRON_DOWN,
                dev.seepoint.perception.widget.IconKind.CHEVRON_RIGHT);
        assertThat(parser.parse("the Small business plan").text()).isEqualTo("small business plan");
    }

    @Test
    void crossedArrowsAreTheShuffleIcon() {
        assertThat(parser.parse("the crossed-arrows icon in the player bar").icons())
                .containsExactly(dev.seepoint.perception.widget.IconKind.SHUFFLE);
    }

    @Test
    void anEditorOrAComposerIsATextArea() {
        assertThat(parser.parse("the editor").kind()).isEqualTo(Kind.TEXT_AREA);
        assertThat(parser.parse("the message composer").kind()).isEqualTo(Kind.TEXT_AREA);
    }

    @Test
    void aCornerOfAThingIsThatCornerNotALeftOfRelation() {
        Query q = parser.parse("the select-all checkbox at the top left of the message list");
        assertThat(q.region()).isEqualTo(Region.TOP_LEFT);
        assertThat(q.relations()).isEmpty(); // a list holds everything on the screen; nothing is "left of" it
        assertThat(q.kind()).isEqualTo(Kind.CHECKBOX);
    }

    @Test
    void anEndOrSideOfAThingIsInTheThingAndAtTheRightOfIsRightOf() {
        Query end = parser.parse("the three-dot menu at the right end of the 4th row");
        assertThat(end.relations()).extracting(Relation::type).containsExactly(Relation.Type.ROW_ORDINAL);
        Query side = parser.parse("the Save button on the left side of the dialog");
        assertThat(side.region()).isEqualTo(Region.DIALOG);
        assertThat(side.relations()).isEmpty();
        Query right = parser.parse("\"Custom order\" at the right of the toolbar");
        assertThat(right.relations()).extracting(Relation::type).containsExactly(Relation.Type.RIGHT_OF);
        assertThat(right.text()).isEqualTo("Custom order");
    }

    @Test
    void aCornerOfAnItemIsInTheItemWhereverTheItemIsOnTheScreen() {
        Query q = parser.parse("the add-reaction smiley at the top right of Sofia Alvarez's message");
        assertThat(q.region()).isEqualTo(Region.ANYWHERE); // the message may be anywhere, its corner with it
        assertThat(q.relations()).extracting(Relation::anchor).containsExactly("sofia alvarez");
        assertThat(q.icons()).contains(IconKind.EMOJI);
    }

    @Test
    void relationsNameTheirAnchors() {
        Query q = parser.parse("the × next to Notifications");
        assertThat(q.text()).isEqualTo("×");
        assertThat(q.icons()).contains(IconKind.CLOSE);
        assertThat(q.relations()).containsExactly(Relation.to(Relation.Type.NEXT_TO, "notifications"));

        Query below = parser.parse("the button below the Password field");
        assertThat(below.kind()).isEqualTo(Kind.BUTTON);
        assertThat(below.relations()).containsExactly(Relation.to(Relation.Type.BELOW, "the password field"));
    }

    @Test
    void signInIsNotARelation() {
        Query q = parser.parse("the Sign in button in the top bar");
        assertThat(q.text()).isEqualTo("sign in");
        assertThat(q.region()).isEqualTo(Region.TOP_BAR);
    }

    @Test
    void regionsAreRecognised() {
        assertThat(parser.parse("the Save button in the dialog").region()).isEqualTo(Region.DIALOG);
        assertThat(parser.parse("the search icon in the header").region()).isEqualTo(Region.TOP_BAR);
        assertThat(parser.parse("Settings in the sidebar").region()).isEqualTo(Region.SIDEBAR);
        assertThat(parser.parse("the Activity tab in the side panel").region()).isEqualTo(Region.SIDE_PANEL);
        assertThat(parser.parse("the Save button in the drawer").region()).isEqualTo(Region.SIDE_PANEL);
        assertThat(parser.parse("the Help link at the bottom").region()).isEqualTo(Region.BOTTOM);
    }

    @Test
    void aNewRowIsTheLastAndAnEmptyCellIsABox() {
        Query mon = parser.parse("the Mon field of that new row");
        Query fri = parser.parse("the empty Fri cell in the Team meetings row");

        assertThat(mon.relations()).containsExactly(Relation.row(-1));
        assertThat(parser.parse("the new row's dropdown").relations()).containsExactly(Relation.row(-1));
        assertThat(fri.text()).isEqualTo("fri");
        assertThat(fri.kind()).isEqualTo(Kind.BOX);
    }

    @Test
    void underAPostMeansInItsBarOfActions() {
        Query owner = parser.parse("the share icon under Sam Okafor's post");
        Query second = parser.parse("the heart icon under the second post in the feed");

        assertThat(owner.relations()).extracting(Relation::anchor).containsExactly("sam okafor");
        assertThat(owner.relations().get(0).type()).isNotEqualTo(Relation.Type.BELOW);
        assertThat(second.relations()).contains(Relation.row(2));
    }

    @Test
    void rowsCanBeNamedByOrdinalOrContent() {
        Query second = parser.parse("the trash icon in the second row");
        assertThat(second.relations()).containsExactly(Relation.row(2));
        assertThat(second.icons()).contains(IconKind.TRASH);

        Query lineItem = parser.parse("the quantity in the second line item row");
        assertThat(lineItem.relations()).containsExactly(Relation.row(2));
        assertThat(lineItem.text()).isEqualTo("quantity");

        Query possessive = parser.parse("the last row's Edit button");
        assertThat(possessive.relations()).containsExactly(Relation.row(-1));
        assertThat(possessive.text()).isEqualTo("edit");

        Query pin = parser.parse("the $925K price pin");
        assertThat(pin.text()).isEqualTo("$925k");
        assertThat(pin.kind()).isEqualTo(Kind.BUTTON);
        assertThat(parser.parse("the pin icon").kind()).isEqualTo(Kind.ICON);

        Query card = parser.parse("the heart icon on the second listing card");
        assertThat(card.relations()).containsExactly(Relation.row(2));
        assertThat(card.icons()).contains(IconKind.HEART);
        assertThat(parser.parse("the Save button in the second text field").relations()).doesNotContain(Relation.row(2));

        Query named = parser.parse("the Delete button in the Ada Lovelace row");
        assertThat(named.relations()).containsExactly(Relation.to(Relation.Type.SAME_ROW, "ada lovelace"));
        assertThat(parser.parse("the trash icon for Ceramic Mug").relations())
                .containsExactly(Relation.to(Relation.Type.OWNER, "ceramic mug"));
        assertThat(parser.parse("Ada's Delete button").relations()).containsExactly(Relation.to(Relation.Type.OWNER, "ada"));
    }

    @Test
    void aControlOnANameWithoutAnArticleBelongsToThatName() {
        Query heart = parser.parse("the heart on Salt & Glass");
        assertThat(heart.relations()).containsExactly(Relation.to(Relation.Type.OWNER, "salt & glass"));
        assertThat(heart.icons()).contains(IconKind.HEART);
        assertThat(parser.parse("the gear icon in Settings").relations())
                .containsExactly(Relation.to(Relation.Type.OWNER, "settings"));
        // names that only read like relations stay whole
        assertThat(parser.parse("the Sign in button").relations()).isEmpty();
        assertThat(parser.parse("the Back in stock badge").relations()).isEmpty();
        assertThat(parser.parse("the Log in link").text()).isEqualTo("log in");
    }

    @Test
    void iconWordsNameIcons() {
        assertThat(parser.parse("the gear icon").icons()).containsExactly(IconKind.SETTINGS);
        assertThat(parser.parse("the hamburger menu").icons()).contains(IconKind.MENU);
        assertThat(parser.parse("close").icons()).contains(IconKind.CLOSE);
    }

    @Test
    void checkablesAreKinds() {
        assertThat(parser.parse("the Remember me checkbox").kind()).isEqualTo(Kind.CHECKBOX);
        assertThat(parser.parse("the Dark mode toggle").kind()).isEqualTo(Kind.TOGGLE);
        assertThat(parser.parse("the Express radio button").kind()).isEqualTo(Kind.RADIO);
        assertThat(parser.parse("the Country dropdown").kind()).isEqualTo(Kind.DROPDOWN);
    }

    @Test
    void unicodeTextSurvives() {
        assertThat(parser.parse("the Straße field").text()).isEqualTo("straße");
        assertThat(parser.parse("東京").text()).isEqualTo("東京");
    }

    @Test
    void aBlankExpressionIsABadInput() {
        assertThatThrownBy(() -> parser.parse("   ")).isInstanceOf(BadInputException.class).hasMessageContaining("empty");
    }

    @Test
    void whatAThingSaysCanFollowItsNoun() {
        assertThat(parser.parse("the question about refunds").text()).isEqualTo("refunds");
        Query labelled = parser.parse("click the button labelled Save draft");
        assertThat(labelled.kind()).isEqualTo(Query.Kind.BUTTON);
        assertThat(labelled.text()).isEqualTo("save draft");
        assertThat(parser.parse("the link that says \"Learn more\" in the footer").region()).isEqualTo(Query.Region.FOOTER);
        assertThat(parser.parse("Learn more about pricing").text()).isEqualTo("learn more about pricing");
    }

    @Test
    void aNameThatReadsLikeAVerbStaysAfterAnArticle() {
        assertThat(parser.parse("the Push notifications switch").text()).isEqualTo("push notifications");
        assertThat(parser.parse("the second Push notifications switch").ordinal()).isEqualTo(2);
        assertThat(parser.parse("click the Sign in button").text()).isEqualTo("sign in");
    }

    @Test
    void pushIsAVerbOnlyBeforeWhatIsPushed() {
        assertThat(parser.parse("Push notifications").text()).isEqualTo("push notifications");
        assertThat(parser.parse("push the Submit button").text()).isEqualTo("submit");
    }

    @Test
    void aQuotedCaptionFollowedByWordsDescribingItIsTheCaption() {
        Query fee = parser.parse("the \"1.5% per month\" late fee option");
        assertThat(fee.text()).isEqualTo("1.5% per month");
        assertThat(fee.quoted()).isTrue();
        assertThat(parser.parse("the \"Net 15\" payment terms option").text()).isEqualTo("Net 15");
    }

    @Test
    void aColumnHeaderIsTheTextOfTheHeader() {
        Query header = parser.parse("the On hand column header");
        assertThat(header.text()).isEqualTo("on hand");
        assertThat(header.kind()).isEqualTo(Kind.TEXT);
    }

    @Test
    void aDaysSlotIsTheRowOfThatNameInTheDaysColumn() {
        Query add = parser.parse("Add in Monday's dinner slot");
        assertThat(add.text()).isEqualTo("add");
        assertThat(add.relations()).contains(Relation.to(Relation.Type.COLUMN, "monday"));
        assertThat(add.relations()).anyMatch(r -> r.anchor() != null && r.anchor().contains("dinner"));
    }
}
