import Foundation

/// Composes a large block-style YAML file in sections, one per core: a contract is a mapping whose
/// top-level keys (`paths`, `definitions`, `parameters`, …) start at column 0, and libyaml ends
/// every block node at a line that starts at column 0 with anything but `- ` (a sequence entry of
/// the key above), so the text between two such key lines is a document of its own. Sections are
/// composed concurrently and their entries joined in file order.
///
/// Only when that reproduces the whole-file tree exactly: a file that is not split cleanly
/// (flow style, `---`, a top-level sequence, a quoted scalar running across a key line) or whose
/// sections fail in any way (an alias to an anchor of another section, an error, a duplicate key
/// across sections) gives nil, and the caller composes it whole — so every diagnostic is the
/// whole-file one.
enum YAMLSections {
    /// Below this size one composer is faster than starting several.
    static let minimumSize = 64 * 1024

    struct Section {
        /// Byte range of the section in the file.
        var range: Range<Int>
        /// Lines above the section.
        var lineOffset: Int
        /// Top-level keys the section should hold.
        var keyCount: Int
    }

    static func compose(_ text: String, file: String, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> SpecNode? {
        guard cores > 1, text.utf8.count >= minimumSize, let sections = split(text, into: cores) else { return nil }
        return compose(text, file: file, sections: sections)
    }

    /// The sections composed concurrently and joined; nil unless each holds exactly its keys.
    static func compose(_ text: String, file: String, sections: [Section]) -> SpecNode? {
        let bytes = Array(text.utf8)
        let budget = SpecLoader.maximumNodes / sections.count
        let roots = concurrentMap(count: sections.count) { index -> SpecNode? in
            let section = sections[index]
            let part = String(decoding: bytes[section.range], as: UTF8.self)
            // Any error: the whole file is composed again, and reports it.
            guard let root = try? SpecLoader.composeDocument(part, file: file, lineOffset: section.lineOffset, budget: budget),
                  root.isMapping, root.entries.count == section.keyCount else { return nil }
            return root
        }
        var entries: [(key: String, value: SpecNode)] = []
        var keys = Set<String>()
        for root in roots {
            guard let root else { return nil }
            for entry in root.entries {
                guard keys.insert(entry.key).inserted else { return nil }
                entries.append(entry)
            }
        }
        // The first section starts at the top of the file, where the whole file's mapping starts.
        return SpecNode(value: .mapping(entries), location: roots[0]!.location)
    }

    /// The file cut at top-level key lines into at most `parts` sections of about equal size;
    /// nil when a line at column 0 could be anything but a key or a comment.
    static func split(_ text: String, into parts: Int) -> [Section]? {
        var keyLines: [(offset: Int, line: Int)] = []
        var text = text
        let clean = text.withUTF8 { bytes -> Bool in
            var line = 1
            var offset = 0
            while offset < bytes.count {
                let end = bytes.offset(of: UInt8(ascii: "\n"), from: offset) ?? bytes.count
                let first = bytes[offset]
                // A byte order mark past the start is skipped by libyaml, which then counts that
                // line's key one column in: no longer at column 0, where a section would put it.
                if first == 0xEF, offset > 0 { return false }
                if isSequenceEntry(bytes[offset..<end]) {
                    // `key:` then `- item` at column 0 (PyYAML's style): the entries belong to the key.
                    guard !keyLines.isEmpty else { return false }
                } else if !isIndentOrComment(first) {
                    guard isKeyStart(first) else { return false }
                    keyLines.append((offset, line))
                } else if keyLines.isEmpty, !isBlankOrComment(bytes[offset..<end]) {
                    return false  // an indented document: its keys are not at column 0
                }
                offset = end + 1
                line += 1
            }
            return true
        }
        guard clean, keyLines.count >= 2, !hasOtherLineBreaks(text) else { return nil }
        // Cut at the key lines nearest to equal shares of the file (the largest keys, `paths` and
        // `definitions`, decide: a section is never smaller than a key).
        let total = text.utf8.count
        let count = min(parts, keyLines.count)
        var cuts: [Int] = []  // indexes into keyLines
        for share in 1..<count {
            let ideal = total * share / count
            let candidates = keyLines.indices.dropFirst().filter { $0 > (cuts.last ?? 0) }
            guard let nearest = candidates.min(by: { abs(keyLines[$0].offset - ideal) < abs(keyLines[$1].offset - ideal) }) else { break }
            cuts.append(nearest)
        }
        var sections: [Section] = []
        var first = 0
        for cut in cuts + [keyLines.count] {
            let start = first == 0 ? 0 : keyLines[first].offset
            let end = cut == keyLines.count ? total : keyLines[cut].offset
            sections.append(Section(range: start..<end, lineOffset: first == 0 ? 0 : keyLines[first].line - 1, keyCount: cut - first))
            first = cut
        }
        return sections.count > 1 ? sections : nil
    }

    /// Line breaks libyaml counts besides LF and CRLF: a lone CR, NEL (U+0085), U+2028 and U+2029.
    /// Sections are cut and numbered by LF, so their lines would be counted short.
    static func hasOtherLineBreaks(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            // Only the few places of each candidate lead byte are looked at.
            func occurrences(of lead: UInt8, _ isBreak: (Int) -> Bool) -> Bool {
                var index = 0
                while let at = bytes.offset(of: lead, from: index) {
                    if isBreak(at) { return true }
                    index = at + 1
                }
                return false
            }
            func byte(_ at: Int) -> UInt8? { at < bytes.count ? bytes[at] : nil }
            return occurrences(of: 0x0D) { byte($0 + 1) != 0x0A }
                || occurrences(of: 0xC2) { byte($0 + 1) == 0x85 }
                || occurrences(of: 0xE2) { byte($0 + 1) == 0x80 && (byte($0 + 2) == 0xA8 || byte($0 + 2) == 0xA9) }
        }
    }

    /// `-` then a space, a tab or the line's end; `---` is a document marker.
    private static func isSequenceEntry(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard line.first == UInt8(ascii: "-") else { return false }
        let next = line.dropFirst().first
        return next == nil || next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
    }

    private static func isBlankOrComment(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = line.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") && $0 != UInt8(ascii: "\r") }) else { return true }
        return first == UInt8(ascii: "#")
    }

    /// Blank lines, indented lines and comments continue whatever came before.
    private static func isIndentOrComment(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "#")
    }

    /// A plain or quoted mapping key; not a sequence entry, `---`, `...`, a directive, a flow
    /// collection, an anchor, alias, tag, complex key or block scalar indicator.
    private static func isKeyStart(_ byte: UInt8) -> Bool {
        !"-.%{}[],&*!?|>@`".utf8.contains(byte)
    }
}
