/// Accumulates Swift source: owns indentation, doc comments and string-literal escaping, so the
/// renderers only say what to emit.
struct CodeWriter {
    private(set) var text = ""
    private var level = 0

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else {
            text += String(repeating: "    ", count: level) + content + "\n"
        }
    }

    /// `opening {` … `}` around the lines `body` writes.
    mutating func block(_ opening: String, closing: String = "}", _ body: (inout CodeWriter) -> Void) {
        line(opening + " {")
        level += 1
        body(&self)
        level -= 1
        line(closing)
    }

    /// A `///` comment: the description's paragraphs, then any extra lines (remarks).
    mutating func doc(_ description: String?, remarks: [String] = []) {
        var paragraphs: [String] = []
        if let description {
            paragraphs = Self.lines(description).map(Self.trimmed)
            while paragraphs.last?.isEmpty == true { paragraphs.removeLast() }
            while paragraphs.first?.isEmpty == true { paragraphs.removeFirst() }
        }
        if !paragraphs.isEmpty && !remarks.isEmpty { paragraphs.append("") }
        for content in paragraphs + remarks.flatMap({ Self.lines($0).map(String.init) }) {
            line(content.isEmpty ? "///" : "/// " + content)
        }
    }

    /// Text cut at every kind of line break Swift's lexer ends a comment at (LF, CR, CRLF) and the
    /// Unicode separators (NEL, U+2028, U+2029), so no piece of a description escapes its `///`.
    static func lines(_ text: String) -> [Substring] {
        guard text.unicodeScalars.contains(where: { Self.isLineBreak($0) }) else { return [text[...]] }
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.unicodeScalars.contains(where: { Self.isLineBreak($0) }) {
                result.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        result.append(text[start...])
        return result
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The line without leading and trailing spaces, tabs and carriage returns.
    private static func trimmed(_ line: Substring) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
        guard let start = line.firstIndex(where: { !blank($0) }), let end = line.lastIndex(where: { !blank($0) }) else { return "" }
        return String(line[start...end])
    }

    /// A Swift string literal for any text (raw strings where backslashes or quotes occur).
    static func literal(_ value: String) -> String {
        // Most literals (names, paths, versions) need no escaping.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") }) {
            return "\"" + value + "\""
        }
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return "\"" + escaped + "\""
    }
}
