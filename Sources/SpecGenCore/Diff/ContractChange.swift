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
/// (Azure/openapi-diff ids 1000–1050; see AZURE-SEMANTICS §9).
public struct ContractChange: Codable, Hashable, Sendable {
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

/// The rules: id → name and the severity used where direction does not decide it.
enum DiffRule {
    static let table: [Int: (name: String, severity: ChangeSeverity)] = [
        1000: ("VersionsReversed", .breaking),
        1001: ("NoVersionChange", .nonBreaking),
        1002: ("ProtocolNoLongerSupported", .breaking),
        1003: ("RequestBodyFormatNoLongerSupported", .breaking),
        1004: ("ResponseBodyFormatNowSupported", .potentiallyBreaking),
        1005: ("RemovedPath", .breaking),
        1006: ("RemovedDefinition", .breaking),
        1007: ("RemovedClientParameter", .breaking),
        1008: ("ModifiedOperationId", .breaking),
        1009: ("RemovedRequiredParameter", .breaking),
        1010: ("AddingRequiredParameter", .breaking),
        1011: ("AddingResponseCode", .potentiallyBreaking),
        1012: ("RemovedResponseCode", .breaking),
        1013: ("AddingHeader", .nonBreaking),
        1014: ("RemovingHeader", .breaking),
        1015: ("ParameterInHasChanged", .breaking),
        1016: ("ConstantStatusHasChanged", .breaking),
        1017: ("ReferenceRedirection", .breaking),
        1019: ("RemovedEnumValue", .breaking),
        1020: ("AddedEnumValue", .nonBreaking),
        1021: ("AddedAdditionalProperties", .breaking),
        1022: ("RemovedAdditionalProperties", .breaking),
        1023: ("TypeFormatChanged", .breaking),
        1024: ("ConstraintIsStronger", .breaking),
        1025: ("RequiredStatusChange", .breaking),
        1026: ("TypeChanged", .breaking),
        1027: ("DefaultValueChanged", .breaking),
        1028: ("ArrayCollectionFormatChanged", .breaking),
        1029: ("ReadonlyPropertyChanged", .breaking),
        1030: ("DifferentDiscriminator", .breaking),
        1031: ("DifferentExtends", .breaking),
        1032: ("DifferentAllOf", .breaking),
        1033: ("RemovedProperty", .breaking),
        1034: ("AddedRequiredProperty", .breaking),
        1035: ("RemovedOperation", .breaking),
        1036: ("ConstraintChanged", .breaking),
        1037: ("ConstraintIsWeaker", .nonBreaking),
        1038: ("AddedPath", .nonBreaking),
        1039: ("AddedOperation", .nonBreaking),
        1040: ("AddedReadOnlyPropertyInResponse", .nonBreaking),
        1041: ("AddedPropertyInResponse", .nonBreaking),
        1042: ("ChangedParameterOrder", .potentiallyBreaking),
        1043: ("AddingOptionalParameter", .nonBreaking),
        1044: ("XmsLongRunningOperationChanged", .breaking),
        1045: ("AddedOptionalProperty", .potentiallyBreaking),
        1046: ("RemovedOptionalParameter", .breaking),
        1047: ("XmsEnumChanged", .breaking),
        1048: ("AddedXmsEnum", .potentiallyBreaking),
        1049: ("RemovedXmsEnum", .potentiallyBreaking),
        1050: ("ParameterLocationHasChanged", .breaking),
    ]
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
