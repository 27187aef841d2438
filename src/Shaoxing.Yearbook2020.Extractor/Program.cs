using Shaoxing.Yearbook2020.Extractor;

return ExtractorApp.Run(args, Console.Out, Console.Error);
