/// A generated model whose values can be checked against the contract's constraints before they
/// are sent. Models without constraints of their own keep this default, which checks nothing.
public protocol ContractValidatable {
    /// - Parameters:
    ///   - path: Where the value sits in the request (`parameters.properties`), for error messages;
    ///     only built when a check fails.
    ///   - operation: The operationId reported in errors.
    func validate(path: @autoclosure () -> String, operation: String) throws
}

extension ContractValidatable {
    public func validate(path: @autoclosure () -> String, operation: String) throws {}
}
