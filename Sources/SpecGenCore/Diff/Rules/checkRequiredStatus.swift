extension ContractComparer {
    /// 1025 RequiredStatusChange, of a parameter (always a request) or a property: a request may
    /// not start to need what clients leave out, a response may not stop sending what clients
    /// read; the opposite changes are harmless.
    mutating func checkRequiredStatus(_ isRequired: Compared<Bool>, _ direction: Direction) {
        guard isRequired.old != isRequired.new else { return }
        let breaking = direction == .request ? isRequired.new : !isRequired.new
        report(.requiredStatusChange, isRequired.location, isRequired.new ? "is now required" : "is now optional",
               severity: breaking ? .breaking : .nonBreaking)
    }
}
