/// Reading configuration from environment variables, as the credentials do.
extension Dictionary where Key == String, Value == String {
    /// The variable's value, unless it is unset or empty (both mean "not configured").
    func nonEmpty(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }
}
