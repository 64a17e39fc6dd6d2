/// `.` and `..` path segments. URL normalisers (libcurl, WHATWG parsers, web servers) remove them
/// together with the segment before, so a value such as `..` in `/resourceGroups/{name}/providers/…`
/// would address another resource than the one the caller named.
enum DotSegments {
    /// Whether `text`, up to a `?` or `#` and cut at `/` and `\` (a separator to WHATWG parsers and
    /// IIS), has a segment that is `.` or `..`, counting `%2E` (either case) as a dot as those do.
    static func contains(_ text: some StringProtocol) -> Bool {
        // Most names have neither a dot nor a `%`: one pass, no copy.
        guard text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "%") }) else { return false }
        return text.utf8.withContiguousStorageIfAvailable(scan) ?? scan(Array(text.utf8))
    }

    private static func scan(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        var dots = 0
        var other = false
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "?") || byte == UInt8(ascii: "#") { break }
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") {
                if !other && (dots == 1 || dots == 2) { return true }
                dots = 0
                other = false
            } else if byte == UInt8(ascii: ".") {
                dots += 1
            } else if byte == UInt8(ascii: "%"), bytes.distance(from: index, to: bytes.endIndex) > 2,
                      bytes[bytes.index(index, offsetBy: 1)] == UInt8(ascii: "2"),
                      bytes[bytes.index(index, offsetBy: 2)] | 0x20 == UInt8(ascii: "e") {
                dots += 1
                index = bytes.index(index, offsetBy: 2)
            } else {
                other = true
            }
            index = bytes.index(after: index)
        }
        return !other && (dots == 1 || dots == 2)
    }
}
