extension ContractComparer {
    /// 1010 AddingRequiredParameter / 1043 AddingOptionalParameter: an operation takes a new
    /// parameter; existing calls lack a required one.
    mutating func checkAddedParameter(_ parameters: Compared<[ContractParameter]>) {
        for parameter in parameters.added(by: \.name) {
            report(parameter.isRequired ? .addingRequiredParameter : .addingOptionalParameter,
                   Self.parameterLocation(parameter.name, in: parameters.location),
                   "new \(Self.requirement(parameter)) \(parameter.place.rawValue) parameter")
        }
    }
}
