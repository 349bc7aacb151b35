package dev.seepoint.perception.widget;

import java.util.List;

/** Common icon-only controls, each with the words a tester may use for it. */
public enum IconKind {
    CLOSE("close", "x", "×", "✕", "dismiss", "cross", "delete", "remove"),
    MENU("menu", "hamburger", "☰", "navigation"),
    SEARCH("search", "magnifier", "magnifying glass", "find", "lens"),
    SETTINGS("settings", "gear", "cog", "preferences"),
    PLUS("plus", "add", "+", "increase", "increment"),
    MINUS("minus", "remove", "-", "−", "decrease", "decrement"),
    CHEVRON_LEFT("left chevron", "chevron", "arrow", "previous", "back", "left arrow", "prev", "‹", "<", "←"),
    CHEVRON_RIGHT("right chevron", "chevron", "arrow", "next", "forward", "right arrow", "›", ">", "→"),
    CHEVRON_UP("up chevron", "chevron", "arrow", "up arrow", "collapse", "up", "back to top", "caret", "upvote", "upvote arrow", "up-vote", "vote up", "▲", "↑"),
    CHEVRON_DOWN("down chevron", "chevron", "arrow", "down arrow", "expand", "down", "caret", "downvote", "downvote arrow", "down-vote", "vote down", "▼", "↓"),
    TRASH("trash", "delete", "bin", "remove", "garbage", "wastebasket", "trash can", "🗑"),
    HEART("heart", "favorite", "favourite", "like", "love", "wishlist", "♥", "♡"),
    BELL("bell", "notifications", "notification", "alerts", "alert", "🔔"),
    CART("cart", "basket", "bag", "shopping cart", "shopping bag", "trolley", "checkout", "🛒"),
    USER("user", "account", "profile", "avatar", "person"),
    HOME("home", "house"),
    EYE("eye", "visibility", "reveal", "show password"),
    PLAY("play", "resume", "▶", "►"),
    PAUSE("pause", "⏸"),
    STOP("stop", "■", "⏹"),
    RECORD("record", "rec", "●", "⏺"),
    NEXT("next", "skip", "next track", "skip forward", "fast forward", "⏭"),
    PREVIOUS("previous", "prev", "previous track", "skip back", "rewind", "⏮"),
    MORE("more", "more actions", "more options", "three-dot", "three dot", "three dots", "kebab", "overflow", "ellipsis",
            "dots", "⋮", "⋯", "…", "..."),
    SHARE("share"),
    DOWNLOAD("download", "export"),
    UPLOAD("upload", "import", "attach"),
    EDIT("edit", "pencil", "rename", "✎"),
    SAVE("save", "floppy", "disk", "floppy disk", "💾"),
    UNDO("undo", "revert", "↶"),
    REDO("redo", "↷"),
    HELP("help", "question mark", "question", "?", "support", "faq"),
    INFO("info", "information", "ⓘ"),
    STAR("star", "favorite", "favourite", "rate", "★", "☆"),
    FILTER("filter", "funnel"),
    CALENDAR("calendar", "date picker", "📅"),
    REFRESH("refresh", "reload", "sync", "retry", "re-run", "rerun", "run again", "circular arrow", "circle arrow", "⟳"),
    GRID("grid", "apps", "app launcher", "launcher", "waffle", "grid view", "tiles"),
    SHUFFLE("shuffle", "random", "crossed arrows", "🔀"),
    REPEAT("repeat", "loop", "🔁"),
    SPEAKER("speaker", "volume", "mute", "sound", "audio", "unmute", "🔊"),
    FILE("file", "new file", "document", "new document"),
    FOLDER("folder", "directory", "new folder", "open folder"),
    BOOKMARK("bookmark", "save for later", "saved", "ribbon", "🔖"),
    LOCK("lock", "padlock", "locked", "secure", "🔒"),
    MAIL("mail", "email", "envelope", "inbox", "✉"),
    CHECK("check", "checkmark", "tick", "✓", "✔", "approve", "accept"),
    SPLIT("split", "split view", "split preview", "columns", "side by side", "panes", "preview"),
    ARCHIVE("archive", "archive box", "archived"),
    LABEL("label", "tag", "labels", "tags", "price tag"),
    REPLY("reply", "reply arrow", "respond", "↩"),
    FORWARD("forward", "forward arrow", "↪"),
    SEND("send", "paper plane", "send arrow", "submit arrow", "➤"),
    ATTACH("attach", "paperclip", "paper clip", "attachment", "attach file", "clip", "📎"),
    EMOJI("emoji", "smiley", "smiley face", "smile", "face", "reaction", "add reaction", "add-reaction", "emoticon", "☺", "🙂"),
    COMMENT("comment", "comments", "speech bubble", "chat bubble", "comment bubble", "💬"),
    IMAGE("image", "picture", "photo", "add photo", "add image", "insert image", "gallery", "🖼"),
    CAMERA("camera", "take photo", "take a photo", "📷"),
    LOCATION("location", "map pin", "map marker", "marker", "location pin", "📍"),
    CLOCK("clock", "history", "🕒"),
    PRINT("print", "printer", "🖨"),
    COPY("copy", "duplicate", "clone"),
    FLAG("flag", "report", "🚩"),
    POWER("power", "power button", "on/off", "power on", "power off", "shut down", "⏻"),
    UNKNOWN("icon");

    private final List<String> words;

    IconKind(String... words) {
        this.words = List.of(words);
    }

    /** Words a tester may use to name this icon, the first being its plain name. */
    public List<String> words() {
        return words;
    }
}
