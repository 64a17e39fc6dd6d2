import Yams

/// Yams's node tree to `SpecNode`s: scalars classified by the YAML 1.2 core schema, mappings in
/// file order, each node with its line, column and (for mappings and sequences) JSON pointer.
struct YAMLNodeConverter {
    let file: String
    /// Added to every line: a section of a file (`YAMLSections`) starts below the file's first line.
    let lineOffset: Int
    /// Nodes left before the document counts as an alias bomb and fails fast instead of eating memory.
    var budget: Int

    mutating func convert(_ node: Node, pointer: @autoclosure () -> String) throws -> SpecNode {
        budget -= 1
        switch node {
        case .scalar(let scalar):
            // Scalars are found by line and column; only mappings and sequences need their
            // pointer (for `- Remark:` origins), which saves building a string per scalar.
            let here = try location(scalar.mark, pointer: "")
            return SpecNode(value: .scalar(scalar.string, Self.kind(of: scalar)), location: here)
        case .sequence(let sequence):
            let here = try location(sequence.mark, pointer: pointer())
            var items: [SpecNode] = []
            items.reserveCapacity(sequence.count)
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, pointer: here.pointer + "/\(index)"))
            }
            return SpecNode(value: .sequence(items), location: here)
        case .mapping(let mapping):
            let here = try location(mapping.mark, pointer: pointer())
            var entries: [(key: String, value: SpecNode)] = []
            entries.reserveCapacity(mapping.count)
            // Duplicate keys (which libyaml accepts, keeping the last) are refused by Yams's composer.
            // By index: the mapping's iterator copies all its pairs first.
            for index in mapping.indices {
                let (keyNode, valueNode) = mapping[index]
                let key = keyNode.scalar?.string ?? ""
                entries.append((key, try convert(valueNode, pointer: here.pointer + "/" + JSONPointer.escape(key))))
            }
            return SpecNode(value: .mapping(entries), location: here)
        case .alias(let alias):
            throw Diagnostic.error("unresolved YAML alias", at: try location(alias.mark, pointer: pointer()))
        }
    }

    /// Where a node stands, read from its case's own mark (`Node.mark` copies the node to find it);
    /// also where the budget runs out.
    private func location(_ mark: Mark?, pointer: String) throws -> SourceLocation {
        let location = SourceLocation(file: file, line: (mark?.line ?? 0) + lineOffset, column: mark?.column ?? 0, pointer: pointer)
        guard budget > 0 else {
            throw Diagnostic.error("document expands to more than \(SpecLoader.maximumNodes) nodes (YAML alias bomb?)", at: location)
        }
        return location
    }

    /// YAML 1.2 core schema for plain scalars; quoted scalars are always strings.
    static func kind(of scalar: Node.Scalar) -> SpecNode.ScalarKind {
        guard scalar.style == .plain || scalar.style == .any else { return .string }
        let text = scalar.string
        switch text {
        case "true", "True", "TRUE", "false", "False", "FALSE": return .boolean
        case "", "~", "null", "Null", "NULL": return .null
        default: break
        }
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else { return .string }
        if Int64(text) != nil { return .integer }
        if Double(text) != nil, !text.contains("_") { return .number }
        return .string
    }
}
