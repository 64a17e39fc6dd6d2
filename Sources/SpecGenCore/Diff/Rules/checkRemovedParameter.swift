extension ContractComparer {
    /// 1009 RemovedRequiredParameter / 1046 RemovedOptionalParameter: an operation no longer takes
    /// a parameter (matched by name).
    mutating func checkRemovedParameter(_ parameters: Compared<[ContractParameter]>) {
        for parameter in parameters.removed(by: \.name) {
            report(parameter.isRequired ? .removedRequiredParameter : .removedOptionalParameter,
                   Self.parameterLocation(parameter.name, in: parameters.location),
                   "\(Self.requirement(parameter)) \(parameter.place.rawValue) parameter removed")
        }
    }

    /// `required` or `optional`.
    static func requirement(_ parameter: ContractParameter) -> String {
        parameter.isRequired ? "required" : "optional"
    }
}
