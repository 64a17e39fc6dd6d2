extension CodeWriter {
    /// `opening#"""`, each line of `text` indented by `contentIndent`, then `"""#` and `close`: a
    /// multi-line raw string literal, so embedded JSON reads as JSON, without escaped quotes. It
    /// takes one `#` more than the longest run of `#` in the text, so that nothing in the text can
    /// end the literal or start an escape.
    mutating func rawStringArgument(_ opening: String, _ text: String, close: String, contentIndent: String) {
        var longestRun = 0, run = 0
        for character in text {
            run = character == "#" ? run + 1 : 0
            longestRun = max(longestRun, run)
        }
        let pounds = String(repeating: "#", count: longestRun + 1)
        line(opening + pounds + "\"\"\"")
        for content in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line(content.isEmpty ? "" : contentIndent + content)
        }
        line(contentIndent + "\"\"\"" + pounds + close)
    }
}
