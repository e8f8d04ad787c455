-- Placeholder of the conc branch (issues #15, #17), whose migration is numbered 013: numbers 010–012 belong to
-- migrations of other branches (miner, team, qa). Delete this file when the real 010 arrives (the runner refuses
-- two migrations with one number, and gaps). It changes nothing.
SELECT 1;
