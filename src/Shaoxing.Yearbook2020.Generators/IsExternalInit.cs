namespace System.Runtime.CompilerServices;

/// <summary>Lets records with <c>init</c> properties compile for netstandard2.0, where the type is missing.</summary>
internal static class IsExternalInit;
