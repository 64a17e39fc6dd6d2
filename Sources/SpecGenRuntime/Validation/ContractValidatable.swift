/// A generated model whose values can be checked against the contract's constraints before they
/// are sent. Models without constraints of their own keep this default, which checks nothing.
public protocol ContractValidatable {
    /// Throws the first broken constraint. Its `parameter` names the place relative to this value
    /// (`.backupSettings.backupName`, `.items[2]`); whoever holds the value puts its own name in
    /// front as the error passes (`Validate.member`), so no path is built while values are valid.
    /// - Parameter operation: The operationId reported in errors.
    func validate(operation: String) throws
}

extension ContractValidatable {
    public func validate(operation: String) throws {}
}
