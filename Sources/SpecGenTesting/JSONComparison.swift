import Foundation
import SpecGenRuntime

/// Compares JSON as a service would read it: numbers by value, date-times as instants, durations
/// by amount (`WireTextEquivalence`), an explicit `null` the same as an absent member.
public enum JSONComparison {
    /// The first difference between two values, described at its path; nil when they agree.
    public static func difference(expected: JSONValue, actual: JSONValue, path: String) -> String? {
        var undeclared: [String] = []
        return difference(expected: expected, actual: actual, path: path, declared: .everything, undeclared: &undeclared)
    }

    /// The first difference in the members the contract declares. A member of `expected` that it
    /// does not declare and `actual` lacks (the generated type cannot keep it) is not compared:
    /// its path is added to `undeclared`.
    static func difference(expected: JSONValue, actual: JSONValue, path: String,
                           declared: DeclaredMembers, undeclared: inout [String]) -> String? {
        difference(expected, actual, path: path, at: [], declared: declared, undeclared: &undeclared)
    }

    private static func difference(_ expected: JSONValue, _ actual: JSONValue, path: String, at place: DeclaredMembers.Path,
                                   declared: DeclaredMembers, undeclared: inout [String]) -> String? {
        switch (expected, actual) {
        case (.object(let left), .object(let right)):
            for key in Set(left.keys).union(right.keys).sorted() {
                let leftValue = left[key] ?? .null, rightValue = right[key] ?? .null
                let member = place + [key]
                if right[key] == nil, leftValue != .null, !declared.contains(member) {
                    undeclared.append(path + "." + key)
                    continue
                }
                if let found = difference(leftValue, rightValue, path: path + "." + key, at: member,
                                          declared: declared, undeclared: &undeclared) { return found }
            }
            return nil
        case (.array(let left), .array(let right)):
            guard left.count == right.count else { return "\(path): \(right.count) items, expected \(left.count)" }
            for index in left.indices {
                if let found = difference(left[index], right[index], path: path + "[\(index)]", at: place + [String(index)],
                                          declared: declared, undeclared: &undeclared) { return found }
            }
            return nil
        case (.string(let left), .string(let right)):
            if WireTextEquivalence.same(expected: left, actual: right) { return nil }
            return "\(path): \"\(right)\", expected \"\(left)\""
        default:
            if let left = number(expected), let right = number(actual) {
                return left == right ? nil : "\(path): \(right), expected \(left)"
            }
            return expected == actual ? nil : "\(path): \(describe(actual)), expected \(describe(expected))"
        }
    }

    private static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): return Double(number)
        case .number(let number): return number
        default: return nil
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        (try? String(decoding: JSONCoding.encode(value), as: UTF8.self)) ?? "\(value)"
    }
}
