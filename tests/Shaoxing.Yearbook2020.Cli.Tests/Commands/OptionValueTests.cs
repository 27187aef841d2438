using System.CommandLine;
using Shaoxing.Yearbook2020.Cli.Commands;
using Shaoxing.Yearbook2020.Testing;

namespace Shaoxing.Yearbook2020.Cli.Tests.Commands;

/// <summary>
/// Every option and argument of the command tree, given a bad value: exit 2 and one line, <c>error: </c> and a message
/// naming the option and the value, whichever command it belongs to. The options are found by walking the tree, so a
/// new one is covered (or fails the test for want of a bad value of its type) without being listed here.
/// </summary>
public sealed class OptionValueTests
{
    // Values that let each command run, for the arguments and required options not under test.
    private static readonly Dictionary<string, string> Samples = new(StringComparer.Ordinal)
    {
        ["text"] = "台风",
        ["title"] = "局长",
        ["agency"] = "市交通运输局",
        ["name"] = "盛阅春",
        ["number"] = "68",
        ["--format"] = "csv",
    };

    public static TheoryData<string, string, string> CheckedValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (command, symbol) in Symbols())
        {
            if (!CheckedOption.IsChecked(symbol))
            {
                continue;
            }

            foreach (var bad in BadValues(symbol))
            {
                data.Add(command.Name, symbol.Name, bad);
            }
        }

        return data;
    }

    public static TheoryData<string, string> NamesOfTheData()
    {
        var data = new TheoryData<string, string>();
        foreach (var (command, symbol) in Symbols())
        {
            if (!CheckedOption.IsChecked(symbol) && ValueType(symbol) != typeof(bool))
            {
                data.Add(command.Name, symbol.Name);
            }
        }

        return data;
    }

    [Fact]
    public void CommandTree_HasCheckedOptionsOfEveryKind()
    {
        var types = Symbols().Where(s => CheckedOption.IsChecked(s.Symbol)).Select(s => ValueType(s.Symbol)).Distinct().ToList();

        types.Should().Contain([typeof(DateOnly?), typeof(int?), typeof(string), typeof(Model.MeetingKind?), typeof(Data.RecordKind)]);
        CheckedValues().Count.Should().BeGreaterThan(40);
    }

    [Theory]
    [MemberData(nameof(CheckedValues))]
    public void CheckedValue_Bad_ExitsTwoWithOneLineNamingTheOptionAndTheValue(string command, string symbol, string value)
    {
        using var temp = new TempDirectory();

        var (code, output, error) = CliRunner.Run(Arguments(command, symbol, value, temp.Path));

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().StartWith("error: ").And.EndWith(Environment.NewLine);
        error.TrimEnd().Should().NotContain("\n", "one path: the message alone, no help text and no second message");
        error.Should().Contain(symbol.TrimStart('-'), "the message names the option");
        if (!string.IsNullOrWhiteSpace(value))
        {
            error.Should().Contain(value, "the message names the value");
        }
    }

    [Theory]
    [MemberData(nameof(NamesOfTheData))]
    public void NameOfTheData_MatchingNothing_ExitsTwoWithOneLineNamingTheValue(string command, string symbol)
    {
        using var temp = new TempDirectory();
        const string Nothing = "龘龘龘";

        var (code, output, error) = CliRunner.Run(Arguments(command, symbol, Nothing, temp.Path));

        code.Should().Be(2, error);
        output.Should().BeEmpty();
        error.Should().StartWith("error: ").And.Contain(Nothing);
        error.TrimEnd().Should().NotContain("\n");
    }

    [Theory]
    [InlineData("meetings", "--month")]
    [InlineData("export", "--out", "x")]
    [InlineData("who", "局长")]
    public void ValueLeftOut_IsAMistakeOfShape_AndPointsToTheHelp(params string[] args)
    {
        var (code, _, error) = CliRunner.Run(args);

        code.Should().Be(2);
        error.Should().StartWith("error: ").And.Contain("Run 'yearbook2020 --help'");
    }

    // The command line: the command, its arguments (the one under test given the value), the required options, and
    // the option under test with the value; --data is given a folder under the temporary one.
    private static string[] Arguments(string commandName, string symbolName, string value, string temp)
    {
        var command = Tree().Subcommands.Single(c => c.Name == commandName);
        var args = new List<string> { commandName };
        foreach (var argument in command.Arguments)
        {
            args.Add(argument.Name == symbolName ? value : Samples[argument.Name]);
        }

        foreach (var option in command.Options.Where(o => o.Required && o.Name != symbolName))
        {
            args.AddRange([option.Name, option.Name == "--out" ? temp : Samples[option.Name]]);
        }

        if (symbolName.StartsWith('-'))
        {
            args.AddRange([symbolName, symbolName == "--data" && value.Trim().Length > 0 ? Path.Combine(temp, value) : value]);
        }

        return [.. args];
    }

    // Bad values by the type of value: one the type cannot hold, and one out of its range where it has one.
    private static string[] BadValues(Symbol symbol)
    {
        var type = ValueType(symbol);
        if (type == typeof(DateOnly?))
        {
            return ["2020/07/16", "2020-02-30"];
        }

        if (type == typeof(int?))
        {
            return ["abc", "0", "1.5"];
        }

        if (type == typeof(string))
        {
            return symbol.Name is "--chart" or "--lang" or "--data" or "--format" ? [" ", "no-such-value"] : [" "];
        }

        if (Nullable.GetUnderlyingType(type) is { IsEnum: true } || type == typeof(Data.RecordKind))
        {
            return [" ", "no-such-value"];
        }

        throw new InvalidOperationException($"{symbol.Name} holds a {type}: give it a bad value here.");
    }

    private static Type ValueType(Symbol symbol) => symbol switch
    {
        Option option => option.ValueType,
        Argument argument => argument.ValueType,
        _ => throw new InvalidOperationException(symbol.Name),
    };

    private static Command Tree() => CliApp.CommandTree(TextWriter.Null, TextWriter.Null, _ => null).Root;

    // Every command's own options and arguments, and the root's (under summary, which takes nothing else).
    private static IEnumerable<(Command Command, Symbol Symbol)> Symbols()
    {
        var root = Tree();
        foreach (var command in root.Subcommands)
        {
            foreach (var symbol in command.Options.Cast<Symbol>().Concat(command.Arguments).Where(s => s is not System.CommandLine.Help.HelpOption))
            {
                yield return (command, symbol);
            }
        }

        var summary = root.Subcommands.Single(c => c.Name == "summary");
        foreach (var option in root.Options.Where(o => o.Recursive && o is not System.CommandLine.Help.HelpOption))
        {
            yield return (summary, option);
        }
    }
}
