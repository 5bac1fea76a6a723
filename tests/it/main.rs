//! Integration tests: one binary (it builds faster), one module per concern.

mod benchmarks;
mod cli;
mod errors;
mod export;
mod fuzz;
mod import;
mod layers;
mod locales;
mod optimiser;
mod repository;
mod rules;
mod scenarios;
mod scoring;
mod security;
mod support;
mod web;
