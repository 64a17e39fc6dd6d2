/// `==` and `hash(into:)` for the generated models, from the member list they already keep for
/// coding (`encodeMembers`, read-only members included), in place of the ones Swift would
/// synthesize. A synthesized `==` compares every stored member inline: it was the largest kind of
/// code in a generated module (12 % of its LLVM IR for PostgreSQL), compiled again for each model;
/// these are compiled once, here.
///
/// Two models are equal when they write the same members, in the same order, with equal values,
/// which is what the synthesized `==` decides for them: an absent optional member is written by
/// neither, a boxed member (`Indirect`) is compared by its value. Each member is compared through
/// `AnyHashable`, so this is slower than the synthesized code; models are rarely compared on a hot path.
extension JSONObjectEncodable where Self: Hashable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        var left = MemberValues(), right = MemberValues()
        do {
            try lhs.encodeMembers(to: &left)
            try rhs.encodeMembers(to: &right)
        } catch {
            return false
        }
        return left.keys == right.keys && left.values == right.values
    }

    public func hash(into hasher: inout Hasher) {
        var values = MemberValues()
        // The writer throws nothing; a model's encodeMembers throws only what its writer throws.
        try? encodeMembers(to: &values)
        hasher.combine(values.keys)
        hasher.combine(values.values)
    }
}

/// Collects a model's members as `AnyHashable` values (for `==` and `hash(into:)`).
struct MemberValues: JSONMemberWriter {
    var keys: [String] = []
    var values: [AnyHashable] = []

    mutating func write<Value: Encodable>(_ value: Value, forKey key: String) throws {
        keys.append(key)
        // Every member type of a generated model is Hashable (the model is); the description stands
        // in for one that would not be, so that such a member still takes part.
        values.append(value as? AnyHashable ?? AnyHashable(String(reflecting: value)))
    }
}
