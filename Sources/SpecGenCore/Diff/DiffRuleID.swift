/// The rules of Azure's breaking-change checker (Azure/openapi-diff, AZURE-SEMANTICS §9) that
/// `specgen diff` reports. The raw value is the rule's id and the case name its openapi-diff name
/// with a lowercase first letter: both are printed, so neither may change.
public enum DiffRuleID: Int, CaseIterable, Sendable {
    case versionsReversed = 1000
    case noVersionChange = 1001
    case protocolNoLongerSupported = 1002
    case requestBodyFormatNoLongerSupported = 1003
    case responseBodyFormatNowSupported = 1004
    case removedPath = 1005
    case removedDefinition = 1006
    case removedClientParameter = 1007
    case modifiedOperationId = 1008
    case removedRequiredParameter = 1009
    case addingRequiredParameter = 1010
    case addingResponseCode = 1011
    case removedResponseCode = 1012
    case addingHeader = 1013
    case removingHeader = 1014
    case parameterInHasChanged = 1015
    case constantStatusHasChanged = 1016
    case referenceRedirection = 1017
    case removedEnumValue = 1019
    case addedEnumValue = 1020
    case addedAdditionalProperties = 1021
    case removedAdditionalProperties = 1022
    case typeFormatChanged = 1023
    case constraintIsStronger = 1024
    case requiredStatusChange = 1025
    case typeChanged = 1026
    case defaultValueChanged = 1027
    case arrayCollectionFormatChanged = 1028
    case readonlyPropertyChanged = 1029
    case differentDiscriminator = 1030
    case differentExtends = 1031
    case differentAllOf = 1032
    case removedProperty = 1033
    case addedRequiredProperty = 1034
    case removedOperation = 1035
    case constraintChanged = 1036
    case constraintIsWeaker = 1037
    case addedPath = 1038
    case addedOperation = 1039
    case addedReadOnlyPropertyInResponse = 1040
    case addedPropertyInResponse = 1041
    case changedParameterOrder = 1042
    case addingOptionalParameter = 1043
    case xmsLongRunningOperationChanged = 1044
    case addedOptionalProperty = 1045
    case removedOptionalParameter = 1046
    case xmsEnumChanged = 1047
    case addedXmsEnum = 1048
    case removedXmsEnum = 1049
    case parameterLocationHasChanged = 1050

    /// The openapi-diff name: `RemovedEnumValue`.
    public var name: String {
        let caseName = String(describing: self)
        return caseName.prefix(1).uppercased() + caseName.dropFirst()
    }

    /// The severity where the direction a schema travels in does not decide it.
    public var defaultSeverity: ChangeSeverity {
        switch self {
        case .noVersionChange, .addingHeader, .addedEnumValue, .constraintIsWeaker, .addedPath, .addedOperation,
             .addedReadOnlyPropertyInResponse, .addedPropertyInResponse, .addingOptionalParameter:
            return .nonBreaking
        case .responseBodyFormatNowSupported, .addingResponseCode, .changedParameterOrder, .addedOptionalProperty,
             .addedXmsEnum, .removedXmsEnum:
            return .potentiallyBreaking
        default:
            return .breaking
        }
    }
}
