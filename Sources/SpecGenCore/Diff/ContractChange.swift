import Foundation

/// How much a change can hurt existing clients.
public enum ChangeSeverity: String, Codable, Sendable, Comparable {
    case breaking
    case potentiallyBreaking = "potentially-breaking"
    case nonBreaking = "non-breaking"

    private var rank: Int {
        switch self {
        case .breaking: return 0
        case .potentiallyBreaking: return 1
        case .nonBreaking: return 2
        }
    }

    public static func < (lhs: ChangeSeverity, rhs: ChangeSeverity) -> Bool { lhs.rank < rhs.rank }
}

/// One difference between two contracts, classified by a rule of Azure's breaking-change checker
/// (`DiffRuleID`; see AZURE-SEMANTICS §9).
public struct ContractChange: Codable, Hashable, Sendable {
    /// `DiffRuleID.rawValue` and `.name`, spelled out for the JSON output.
    public var ruleId: Int
    public var rule: String
    public var severity: ChangeSeverity
    /// Where, in the new contract's terms: `PUT /…/firewallRules/{firewallRuleName}`, `#/definitions/Server/properties/version`.
    public var location: String
    public var message: String
}

/// One change to the generated Swift API, for the reviewer who reads the Swift diff.
public struct SwiftAPIChange: Codable, Hashable, Sendable {
    public var sourceBreaking: Bool
    public var declaration: String
    public var message: String
}

/// Everything `specgen diff` found, and its three renderings.
public struct ContractDiffReport: Codable, Sendable {
    public var oldVersion: String
    public var newVersion: String
    public var changes: [ContractChange]
    public var swiftChanges: [SwiftAPIChange]

    public var hasBreakingChange: Bool { changes.contains { $0.severity == .breaking } }

    public func count(_ severity: ChangeSeverity) -> Int { changes.filter { $0.severity == severity }.count }

    public var summary: String {
        "\(changes.count) changes (\(count(.breaking)) breaking, \(count(.potentiallyBreaking)) potentially breaking, "
            + "\(count(.nonBreaking)) non-breaking); Swift API: \(swiftChanges.filter(\.sourceBreaking).count) source-breaking of \(swiftChanges.count)"
    }

    public func text() -> String {
        var lines = ["specgen diff \(oldVersion) -> \(newVersion): \(summary)", ""]
        for change in changes {
            lines.append("\(change.severity.rawValue) [\(change.ruleId) \(change.rule)] \(change.location): \(change.message)")
        }
        if !swiftChanges.isEmpty {
            lines.append("")
            lines.append("Swift API:")
            for change in swiftChanges {
                lines.append("  \(change.sourceBreaking ? "source-breaking" : "additive") \(change.declaration): \(change.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func markdown() -> String {
        var lines = ["## API changes \(oldVersion) → \(newVersion)", "", summary, ""]
        for severity in [ChangeSeverity.breaking, .potentiallyBreaking, .nonBreaking] {
            let selected = changes.filter { $0.severity == severity }
            guard !selected.isEmpty else { continue }
            lines.append("### \(severity.rawValue.capitalized) (\(selected.count))")
            lines.append("")
            lines.append("| rule | where | what |")
            lines.append("| --- | --- | --- |")
            for change in selected {
                lines.append("| \(change.ruleId) \(change.rule) | `\(escape(change.location))` | \(escape(change.message)) |")
            }
            lines.append("")
        }
        if !swiftChanges.isEmpty {
            lines.append("### Swift API")
            lines.append("")
            for change in swiftChanges {
                lines.append("- \(change.sourceBreaking ? "**source-breaking**" : "additive") `\(escape(change.declaration))`: \(escape(change.message))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
