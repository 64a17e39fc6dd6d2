import Foundation
import Testing
@testable import SpecGenCore

/// `format: date` and `format: duration` give Swift types of their own, so adding or dropping the
/// format changes what the client is given and sends: `specgen diff` says so in the contract's
/// terms (1023 TypeFormatChanged) and in Swift's.
@Suite struct DateAndDurationDiffTests {
    static func spec(_ members: String) -> String {
        contract(definitions: """
              Plan:
                type: object
                properties:
            \(members)
        """)
    }

    func report(old: String, new: String) throws -> ContractDiffReport {
        let folder = try TemporaryFolder()
        try folder.write("old/spec.yaml", old)
        try folder.write("new/spec.yaml", new)
        return try ContractDiff(oldSpecs: ["old/spec.yaml"], newSpecs: ["new/spec.yaml"], displayRoot: folder.path).run()
    }

    @Test(arguments: [
        ("{type: string, format: date}", "{type: string}", "CivilDate? to String?"),
        ("{type: string}", "{type: string, format: duration}", "String? to ISO8601Duration?"),
        ("{type: string, format: date}", "{type: string, format: date-time}", "CivilDate? to Date?"),
    ])
    func changingTheFormatIsBreaking(old: String, new: String, swiftChange: String) throws {
        let diff = try report(old: Self.spec("          start: \(old)"), new: Self.spec("          start: \(new)"))
        #expect(diff.changes.contains { $0.ruleId == 1023 && $0.severity == .breaking }, "\(diff.text())")
        let swift = diff.swiftChanges.filter { $0.declaration == "Plan.start" }
        #expect(swift.count == 1 && swift[0].sourceBreaking && swift[0].message.contains(swiftChange), "\(swift)")
    }
}
