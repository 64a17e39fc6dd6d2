/// `.` and `..` path segments. URL normalisers (libcurl, WHATWG parsers, web servers) remove them
/// together with the segment before, so a value such as `..` in `/resourceGroups/{name}/providers/…`
/// would address another resource than the one the caller named.
enum DotSegments {
    /// Whether `text`, cut at `/` and `\` (a separator to WHATWG parsers and IIS), has a segment
    /// that is `.` or `..`, counting `%2E` (either case) as a dot as those parsers do.
    static func contains(_ text: some StringProtocol) -> Bool {
        // Most names have neither a dot nor a `%`: no copy, one pass.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "%") }) else { return false }
        var utf8 = Array(text.utf8)
        if let query = utf8.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { utf8.removeSubrange(query...) }
        return contains(bytes: utf8)
    }

    /// The same over a path that ends where the query or fragment would begin.
    static func contains(bytes: [UInt8]) -> Bool {
        var dots = 0
        var other = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") {
                if !other && (dots == 1 || dots == 2) { return true }
                dots = 0
                other = false
            } else if byte == UInt8(ascii: ".") {
                dots += 1
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "2"),
                      bytes[index + 2] | 0x20 == UInt8(ascii: "e") {
                dots += 1
                index += 2
            } else {
                other = true
            }
            index += 1
        }
        return !other && (dots == 1 || dots == 2)
    }
}
