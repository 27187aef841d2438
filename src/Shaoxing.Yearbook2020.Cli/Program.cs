using Shaoxing.Yearbook2020.Cli;

Interruption.Install();
return CliApp.Run(args, Console.Out, Console.Error, Shaoxing.Yearbook2020.Cli.Rendering.TerminalSize.FromEnvironment());
