global using NSubstitute;
global using NUnit.Framework;
