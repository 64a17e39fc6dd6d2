import Foundation
import SpecGenRuntime

/// Whether two texts of one value say the same to a service: the generated client writes a typed
/// value in one canonical form, an example may be written in another. Date-times are the same
/// instant (`…00.000Z`, `…00Z`, `…02:00+02:00`); ISO 8601 durations the same amount (`PT60M`,
/// `PT1H`; `P5DT1H0M0S`, `P5DT1H`). A plain string is never rewritten by a client, so reading it as
/// a date-time or a duration cannot hide a difference.
enum WireTextEquivalence {
    static func same(expected: String, actual: String) -> Bool {
        if expected == actual { return true }
        if let left = RFC3339.parse(expected), let right = RFC3339.parse(actual) {
            return abs(left.timeIntervalSince1970 - right.timeIntervalSince1970) < 0.000_001
        }
        if let left = ISO8601Duration(expected), let right = ISO8601Duration(actual) { return left == right }
        return false
    }

    /// Paths segment by segment, each percent-decoded.
    static func samePath(expected: String, actual: String) -> Bool {
        if expected == actual { return true }
        let left = expected.split(separator: "/", omittingEmptySubsequences: false)
        let right = actual.split(separator: "/", omittingEmptySubsequences: false)
        return left.count == right.count && zip(left, right).allSatisfy { expectedSegment, actualSegment in
            same(expected: expectedSegment.removingPercentEncoding ?? String(expectedSegment),
                 actual: actualSegment.removingPercentEncoding ?? String(actualSegment))
        }
    }
}
