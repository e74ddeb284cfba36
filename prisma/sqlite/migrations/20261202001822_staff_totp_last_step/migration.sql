-- AlterTable
ALTER TABLE "StaffTwoFactor" ADD COLUMN "lastTotpStep" INTEGER;

