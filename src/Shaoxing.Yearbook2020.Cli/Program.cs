using Shaoxing.Yearbook2020.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Shaoxing.Yearbook2020.Cli.Rendering.TerminalSize.FromEnvironment());
